// A coach's caseload ordered by who needs attention now: open flags, current barriers, latest wellbeing.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { attentionScore } from '../../domain/caseload/attention.js';
import type { Principal } from '../context.js';

type Row = {
  id: string;
  first_name: string;
  last_name: string | null;
  coach_id: string;
  paused_until: Date | string | null;
  flags: string[] | null;
  barriers: string[] | null;
  wellbeing: unknown;
  wellbeing_at: Date | string | null;
  scale_min: number | null;
  scale_max: number | null;
  last_answer_at: Date | string | null;
};

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export async function buildCaseload(db: DbOrTx, principal: Principal, options: { coachId?: string | undefined; limit: number }) {
  const coachId = principal.role === 'coach' ? principal.coachId : options.coachId;
  const result = await db.execute<Row>(sql`
    select c.id, c.first_name, c.last_name, c.coach_id, c.paused_until,
      (select array_agg(f.kind order by f.created_at) from client_flags f where f.client_id = c.id and f.resolved_at is null) as flags,
      (select array_agg(t.key order by t.key) from (
         select distinct on (key) key, value from traits where client_id = c.id and key like 'barrier.%' order by key, observed_at desc, id desc
       ) t where t.value = 'true'::jsonb) as barriers,
      w.value as wellbeing, w.observed_at as wellbeing_at, q.scale_min, q.scale_max,
      (select max(a.received_at) from answers a where a.client_id = c.id) as last_answer_at
    from clients c
    left join lateral (
      select t.value, t.observed_at, t.answer_id from traits t
      where t.client_id = c.id and t.key = 'wellbeing' order by t.observed_at desc, t.id desc limit 1
    ) w on true
    left join answers wa on wa.id = w.answer_id
    left join questions q on q.id = wa.question_id
    where c.deleted_at is null ${coachId ? sql`and c.coach_id = ${coachId}` : sql``}`);

  const clients = result.rows.map((r) => {
    const flags = r.flags ?? [];
    const barriers = r.barriers ?? [];
    const wellbeing = typeof r.wellbeing === 'number' ? r.wellbeing : null;
    const fraction = wellbeing !== null && r.scale_min !== null && r.scale_max !== null && r.scale_max > r.scale_min ? (wellbeing - r.scale_min) / (r.scale_max - r.scale_min) : null;
    return {
      clientId: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      coachId: r.coach_id,
      attention: attentionScore({ openFlags: flags, activeBarriers: barriers, wellbeing: fraction }),
      openFlags: flags,
      barriers,
      wellbeing: wellbeing === null ? null : { value: wellbeing, observedAt: iso(r.wellbeing_at) },
      lastAnswerAt: iso(r.last_answer_at),
      pausedUntil: iso(r.paused_until),
    };
  });
  clients.sort((a, b) => b.attention - a.attention || (a.lastAnswerAt ?? '').localeCompare(b.lastAnswerAt ?? '') || a.firstName.localeCompare(b.firstName));
  return { clients: clients.slice(0, options.limit) };
}
