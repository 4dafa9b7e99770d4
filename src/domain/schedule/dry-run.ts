// "What would this schedule send?" before it goes live: messages per channel per local day
// (check-ins and reminders), over the given clients, with the per-day cap (the schedule's own, never
// above the per-client cap the caller passes).
import { applyDailyCap, type CapOptions } from './daily-cap.js';
import { planOccurrences } from './plan-occurrences.js';
import type { PlannableSchedule } from './schedule-settings.js';
import type { Channel, PlanningClient } from './types.js';
import { type Instant, MS, toLocal, localDateOf, toMs } from './zone-time.js';

export interface DryRunClient extends PlanningClient {
  /** The client's preferred channel. */
  channel: Channel;
}

export interface ChannelCount {
  checkins: number;
  reminders: number;
}

export interface DryRunResult {
  from: string;
  to: string;
  /** One row per local day that has messages, in date order. */
  days: Array<{ date: string; channels: Record<Channel, ChannelCount> }>;
  totals: Record<Channel, ChannelCount>;
}

const emptyCounts = (): Record<Channel, ChannelCount> => ({
  sms: { checkins: 0, reminders: 0 },
  email: { checkins: 0, reminders: 0 },
  push: { checkins: 0, reminders: 0 },
});

export function dryRun(
  schedule: PlannableSchedule,
  clients: readonly DryRunClient[],
  from: Instant,
  days: number,
  options: CapOptions = {},
): DryRunResult {
  const fromMs = toMs(from);
  const toMsExclusive = fromMs + days * MS.DAY;
  const byDate = new Map<string, Record<Channel, ChannelCount>>();
  const totals = emptyCounts();
  const count = (date: string, channel: Channel, field: keyof ChannelCount): void => {
    let row = byDate.get(date);
    if (!row) {
      row = emptyCounts();
      byDate.set(date, row);
    }
    row[channel][field] += 1;
    totals[channel][field] += 1;
  };

  for (const client of clients) {
    const planned = planOccurrences({ schedule, client, from: fromMs, to: toMsExclusive });
    for (const o of applyDailyCap(planned, [], options).kept) {
      count(o.localDate, client.channel, 'checkins');
      for (const r of o.reminders) count(localDateOf(toLocal(o.timezone, Date.parse(r))), client.channel, 'reminders');
    }
  }
  const dates = [...byDate.keys()].sort();
  return {
    from: new Date(fromMs).toISOString(),
    to: new Date(toMsExclusive).toISOString(),
    days: dates.map((date) => ({ date, channels: byDate.get(date) ?? emptyCounts() })),
    totals,
  };
}
