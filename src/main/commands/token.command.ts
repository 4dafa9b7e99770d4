import { eq, or } from 'drizzle-orm';
import { issueCoachToken } from '../../app/tokens.js';
import type { Config } from '../../config/config.js';
import { createDatabase } from '../../db/client.js';
import { coaches } from '../../db/schema/index.js';

export async function runToken(config: Config, args: string[]): Promise<number> {
  const who = args[0];
  if (!who) {
    process.stderr.write('usage: npm run cli -- token <coach-id or coach e-mail>\n');
    return 1;
  }
  const database = createDatabase(config.DATABASE_URL, { max: 1 });
  try {
    const isUuid = /^[0-9a-f-]{36}$/i.test(who);
    const [coach] = await database.db.select().from(coaches).where(isUuid ? eq(coaches.id, who) : or(eq(coaches.email, who.toLowerCase()), eq(coaches.email, who))).limit(1);
    if (!coach) {
      process.stderr.write('no coach with that id or e-mail\n');
      return 1;
    }
    process.stdout.write(`${await issueCoachToken(database.db, coach.id, 'cli')}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
