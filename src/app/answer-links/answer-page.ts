// What the client's answer page shows: their first name, the open question, and their own latest answers.
import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { answers, checkins, clients } from '../../db/schema/index.js';
import type { Locale } from '../../domain/messages/texts.js';
import { senderOf } from '../messages/compose-message.js';
import { loadQuestion, type QuestionTarget, stateOf } from './answer-question.js';

export interface AnswerPage {
  clientId: string;
  firstName: string;
  locale: Locale;
  timezone: string;
  coachName: string;
  question: QuestionTarget | null;
  recent: Array<{ text: string; receivedAt: Date }>;
}

/** Answers the client wrote themselves (not ones a coach logged for them). */
const OWN_CHANNELS = ['sms', 'email', 'push', 'web'] as const;

export async function loadAnswerPage(db: DbOrTx, clientId: string, now: Date): Promise<AnswerPage | null> {
  const [client] = await db.select().from(clients).where(and(eq(clients.id, clientId), isNull(clients.deletedAt))).limit(1);
  if (!client) return null;
  const [open] = await db
    .select({ id: checkins.id, position: checkins.currentPosition })
    .from(checkins)
    .where(and(eq(checkins.clientId, clientId), eq(checkins.state, 'open'), gt(checkins.expiresAt, now)))
    .orderBy(desc(checkins.sentAt))
    .limit(1);
  const target = open ? await loadQuestion(db, open.id, open.position) : null;
  const recent = await db
    .select({ text: answers.rawText, receivedAt: answers.receivedAt })
    .from(answers)
    .where(and(eq(answers.clientId, clientId), inArray(answers.channel, [...OWN_CHANNELS])))
    .orderBy(desc(answers.receivedAt))
    .limit(5);
  return {
    clientId,
    firstName: client.firstName,
    locale: client.locale,
    timezone: client.timezone,
    coachName: (await senderOf(db, client.coachId)).coachName,
    question: target && stateOf(target, now) === 'open' ? target : null,
    recent,
  };
}
