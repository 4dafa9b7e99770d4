// The occurrence key names one check-in for good: schedule, client and the wall-clock time the
// rule names (not the random or deferred send moment), so re-planning finds the same row.
// Compact and free of ':' because BullMQ refuses custom job ids containing a colon.

/** e.g. occurrenceKey('sch1', 'cli9', '2026-03-29T09:00') → 'sch1|cli9|20260329T0900'. */
export function occurrenceKey(scheduleId: string, clientId: string, ruleLocalDateTime: string): string {
  const t = ruleLocalDateTime;
  // Fixed positions of YYYY-MM-DDTHH:mm; faster than a regex replace for 100,000s of keys.
  return `${scheduleId}|${clientId}|${t.slice(0, 4)}${t.slice(5, 7)}${t.slice(8, 10)}T${t.slice(11, 13)}${t.slice(14, 16)}`;
}
