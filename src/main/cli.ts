// `npm run cli -- <command>`: migrate, normalize, token, demo.
import { configOrExit } from './boot.js';

const [command, ...args] = process.argv.slice(2);

const commands: Record<string, { help: string; run: (args: string[]) => Promise<number> }> = {
  migrate: {
    help: 'apply migrations/ to DATABASE_URL',
    run: async () => {
      const { migrateDatabase } = await import('../db/migrate.js');
      await migrateDatabase(configOrExit().DATABASE_URL);
      process.stderr.write('migrations applied\n');
      return 0;
    },
  },
  normalize: {
    help: 'read JSON lines {"id","question","text"} on stdin, write {"id","status","value","traits","confidence"} per line',
    run: async () => (await import('./commands/normalize.command.js')).runNormalize(process.stdin, process.stdout),
  },
  token: {
    help: 'create a coach token: token <coach-id or coach e-mail>',
    run: async (a) => (await import('./commands/token.command.js')).runToken(configOrExit(), a),
  },
  demo: {
    help: 'create a demo coach, the clients Nicole and Eric and a weekly wellbeing question, ask them, show the outbox',
    run: async () => (await import('./commands/demo.command.js')).runDemo(configOrExit()),
  },
};

const chosen = command ? commands[command] : undefined;
if (!chosen) {
  process.stderr.write(`usage: npm run cli -- <command>\n${Object.entries(commands).map(([n, c]) => `  ${n.padEnd(10)} ${c.help}`).join('\n')}\n`);
  process.exit(command ? 1 : 0);
}
process.exitCode = await chosen.run(args);
