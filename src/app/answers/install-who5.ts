// Installs the five WHO-5 questions (keys who5.1 .. who5.5, scale 0-5) once; installing again changes nothing.
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { questions, questionVersions } from '../../db/schema/index.js';
import { WHO5_ITEMS, type Who5Item } from '../../domain/instruments/who5.js';
import type { Principal } from '../context.js';
import { ConflictError } from '../errors.js';
import { createQuestion, present, type QuestionRow } from '../questions/create-question.js';

export async function installWho5(tx: Tx, principal: Principal) {
  // Two installs at once: the second waits and then finds the questions in place.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('pols:install-who5'))`);
  let created = 0;
  const installed = [];
  for (const item of WHO5_ITEMS) {
    const [existing] = await tx
      .select({ question: questions, version: questionVersions })
      .from(questions)
      .innerJoin(questionVersions, and(eq(questionVersions.questionId, questions.id), eq(questionVersions.version, questions.currentVersion)))
      .where(eq(questions.key, item.key));
    if (existing) {
      assertIsItem(existing.question, item);
      installed.push(present(existing.question, existing.version));
      continue;
    }
    installed.push(await createQuestion(tx, principal, { key: item.key, type: item.type, min: item.min, max: item.max, text: item.text, trait: item.trait }));
    created++;
  }
  return { instrument: 'who5', created, questions: installed };
}

/** A question that took a WHO-5 key for something else would make scores meaningless. */
function assertIsItem(q: QuestionRow, item: Who5Item): void {
  if (q.deletedAt) throw new ConflictError(`question ${item.key} was deleted; WHO-5 cannot be installed over it`);
  if (q.type !== 'scale' || q.scaleMin !== item.min || q.scaleMax !== item.max) {
    throw new ConflictError(`question ${item.key} exists but is not the WHO-5 item (it must be a scale from ${item.min} to ${item.max})`);
  }
}
