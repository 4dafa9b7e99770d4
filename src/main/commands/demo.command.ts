// `npm run demo`: a coach, the clients Nicole and Eric, a wellbeing question and a weekly schedule; asks
// both now and shows the outbox and the next planned check-ins, so a new user sees Pols work in a minute.
// Safe to run again.
import { and, eq, inArray } from 'drizzle-orm';
import { askNow } from '../../app/checkins/ask-now.js';
import { createCoach } from '../../app/coaches/create-coach.js';
import { createClient } from '../../app/clients/create-client.js';
import type { Principal } from '../../app/context.js';
import { ConflictError } from '../../app/errors.js';
import { createQuestion } from '../../app/questions/create-question.js';
import { issueCoachToken } from '../../app/tokens.js';
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/client.js';
import { clients, coaches, messages, questions, schedules } from '../../db/schema/index.js';
import { previewOccurrences, scheduleInputSchema } from '../../domain/schedule/index.js';
import { createSchedule } from '../../app/schedules/manage-schedules.js';
import { startRuntime } from '../runtime.js';

const OPERATOR: Principal = { role: 'operator' };
const COACH_EMAIL = 'sanne.demo@pols.example';
const SCHEDULE_NAME = 'Wekelijkse check-in (demo)';

export async function runDemo(config: Config): Promise<number> {
  const runtime = await startRuntime(config, { workers: true, migrate: true });
  const { ctx } = runtime;
  try {
    const db = ctx.db;
    let [coach] = await db.select().from(coaches).where(eq(coaches.email, COACH_EMAIL));
    if (!coach) coach = await db.transaction((tx) => createCoach(tx, OPERATOR, { name: 'Sanne', email: COACH_EMAIL, phone: '+31201234567' }));
    const token = await issueCoachToken(db, coach.id, 'demo');

    const [existingQuestion] = await db.select().from(questions).where(eq(questions.key, 'welzijn'));
    if (!existingQuestion) {
      await db.transaction((tx) =>
        createQuestion(tx, OPERATOR, {
          key: 'welzijn',
          type: 'scale',
          min: 1,
          max: 5,
          trait: 'wellbeing',
          text: {
            nl: 'Hoe gaat het met je? Antwoord met een cijfer van 1 (slecht) tot 5 (heel goed). Vertel gerust wat er speelt.',
            en: 'How are you doing? Answer with a number from 1 (bad) to 5 (very good). Feel free to tell what is going on.',
          },
        }),
      );
    }

    const demoClients = [
      { firstName: 'Nicole', lastName: 'Jansen', phone: '+31612345678', consent: { sms: true }, channels: ['sms' as const], locale: 'nl' as const },
      { firstName: 'Eric', lastName: 'de Boer', email: 'eric.demo@pols.example', consent: { email: true }, channels: ['email' as const], locale: 'en' as const },
    ];
    const ids: string[] = [];
    for (const c of demoClients) {
      const [found] = await db.select().from(clients).where(and(eq(clients.coachId, coach.id), eq(clients.firstName, c.firstName)));
      const client = found ?? (await db.transaction((tx) => createClient(tx, OPERATOR, { ...c, coachId: coach.id }, config.DEFAULT_TIMEZONE)));
      ids.push(client.id);
      try {
        await askNow(ctx, OPERATOR, { clientId: client.id, questionKeys: ['welzijn'] });
      } catch (error) {
        if (!(error instanceof ConflictError)) throw error; // already asked and still open
      }
    }

    // Every Monday at 9:00 in each client's own time zone, for all of Sanne's clients.
    const spec = scheduleInputSchema.parse({ name: SCHEDULE_NAME, questionKeys: ['welzijn'], rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0', audience: { coachId: coach.id } });
    let [schedule] = await db.select().from(schedules).where(eq(schedules.name, SCHEDULE_NAME));
    if (!schedule) schedule = await createSchedule(ctx, OPERATOR, spec);

    const sent = await waitForSent(runtime.ctx.db, ids, 20_000);
    const out = process.stdout;
    out.write('\nPols demo: the outbox (no Twilio/SMTP credentials, so nothing left this machine)\n\n');
    for (const m of sent) out.write(`--- ${m.channel.toUpperCase()} to ${m.toAddress}${m.subject ? ` (${m.subject})` : ''}\n${m.body}\n\n`);
    const [nicole] = await db.select().from(clients).where(eq(clients.id, ids[0]!));
    const next = previewOccurrences({ ...schedule.spec, id: schedule.id }, { id: nicole!.id, timezone: nicole!.timezone, dates: nicole!.dates }, ctx.now(), 3);
    out.write(`Schedule "${SCHEDULE_NAME}" (every Monday 9:00, id ${schedule.id}); Nicole's next check-ins: ${next.join(', ')}\n`);
    out.write(`Coach Sanne's token: ${token}\n`);
    out.write(`Start Pols with \`npm start\`, then e.g.: curl -H "Authorization: Bearer ${token}" ${config.PUBLIC_BASE_URL}/v1/clients\n`);
    out.write(`Operator: GET ${config.PUBLIC_BASE_URL}/v1/outbox with the operator token; API docs at ${config.PUBLIC_BASE_URL}/docs\n`);
    return 0;
  } finally {
    await runtime.close();
  }
}

async function waitForSent(db: Db, clientIds: string[], timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await db.select().from(messages).where(and(inArray(messages.clientId, clientIds), eq(messages.kind, 'question')));
    // Only what is due now: the weekly schedule's first check-ins wait for Monday.
    const now = Date.now();
    const pending = rows.some((r) => (r.status === 'queued' || r.status === 'sending') && r.sendAfter.getTime() <= now);
    if (!pending || Date.now() > deadline) return rows.filter((r) => r.status === 'sent');
    await new Promise((r) => setTimeout(r, 200));
  }
}
