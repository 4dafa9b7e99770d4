// Our own RRULE reader: rrulestr accepts too much and explains too little. Operators type these
// rules, so every rejection says what is wrong and what to write instead.
import { ruleNeverOccurs } from './rule-feasibility.js';
import type { ByDay, Frequency, ParsedRule, WeekdayCode } from './types.js';

export type ParseRruleResult =
  | { ok: true; rule: ParsedRule }
  | { ok: false; error: string; errors: string[] };

export const MAX_TIMES_PER_DAY = 4;
const FREQS: readonly Frequency[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const TOO_FREQUENT = ['SECONDLY', 'MINUTELY', 'HOURLY'];
const WEEKDAYS: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const PARTS = [
  'FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYHOUR', 'BYMINUTE', 'BYSECOND',
  'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST',
];
const UNSUPPORTED: Record<string, string> = {
  BYYEARDAY: 'BYYEARDAY is not supported; use BYMONTH with BYMONTHDAY instead.',
  BYWEEKNO: 'BYWEEKNO is not supported; use FREQ=WEEKLY with INTERVAL instead.',
  DTSTART:
    'DTSTART is not allowed: a schedule starts at its startsAt or anchor, and times are read in each client\'s time zone.',
  TZID: 'TZID is not allowed: times are read in each client\'s own time zone (or the schedule\'s timezone).',
};

/** Parses an RFC 5545 RRULE without DTSTART, e.g. FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=9;BYMINUTE=0. */
export function parseRrule(text: string): ParseRruleResult {
  const errors: string[] = [];
  const fail = (): ParseRruleResult => ({ ok: false, error: errors.join(' '), errors });
  let body = (text ?? '').trim();
  if (/(^|\n)\s*DTSTART/i.test(body)) {
    errors.push(UNSUPPORTED.DTSTART as string);
    return fail();
  }
  if (/[\r\n]/.test(body)) {
    errors.push('Give one rule on one line, without DTSTART, EXDATE or RDATE lines.');
    return fail();
  }
  body = body.replace(/^RRULE:/i, '').replace(/;+$/, '');
  if (body === '') {
    errors.push('The rule is empty. Write at least FREQ, e.g. FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0.');
    return fail();
  }

  const values = new Map<string, string>();
  for (const part of body.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      errors.push(`"${part}" is not a NAME=VALUE part; separate parts with ";", e.g. FREQ=DAILY;BYHOUR=9.`);
      continue;
    }
    const name = part.slice(0, eq).trim().toUpperCase();
    const value = part.slice(eq + 1).trim().toUpperCase();
    if (UNSUPPORTED[name]) errors.push(UNSUPPORTED[name] as string);
    else if (!PARTS.includes(name)) errors.push(`Unknown rule part "${name}". Supported: ${PARTS.join(', ')}.`);
    else if (values.has(name)) errors.push(`${name} is given twice; give it once (lists are comma-separated).`);
    else if (value === '') errors.push(`${name} has no value.`);
    else values.set(name, value);
  }
  if (errors.length) return fail();

  const freqText = values.get('FREQ');
  let freq: Frequency = 'DAILY';
  if (freqText === undefined) {
    errors.push('FREQ is missing. Start with FREQ=DAILY, FREQ=WEEKLY, FREQ=MONTHLY or FREQ=YEARLY.');
  } else if (TOO_FREQUENT.includes(freqText)) {
    errors.push(
      `FREQ=${freqText} is too frequent for asking people how they are doing; the most frequent is ` +
        `FREQ=DAILY (up to ${MAX_TIMES_PER_DAY} times a day with BYHOUR, e.g. BYHOUR=9,17).`,
    );
  } else if (!(FREQS as readonly string[]).includes(freqText)) {
    errors.push(`Unknown FREQ "${freqText}". Use DAILY, WEEKLY, MONTHLY or YEARLY.`);
  } else {
    freq = freqText as Frequency;
  }

  const ints = (name: string, min: number, max: number, unit: string, nonZero = false): number[] | undefined => {
    const raw = values.get(name);
    if (raw === undefined) return undefined;
    const out: number[] = [];
    for (const item of raw.split(',')) {
      const n = /^[+-]?\d+$/.test(item) ? Number(item) : Number.NaN;
      if (Number.isNaN(n)) errors.push(`${name} value "${item}" is not a whole number.`);
      else if (n < min || n > max || (nonZero && n === 0)) {
        errors.push(`${name} value "${item}" is out of range; ${unit}.`);
      } else out.push(n);
    }
    return [...new Set(out)].sort((a, b) => a - b);
  };
  const one = (name: string, unit: string): number | undefined => {
    const list = ints(name, 1, 100_000, unit);
    if (list && list.length > 1) errors.push(`${name} takes one number, not a list.`);
    return list?.[0];
  };

  const interval = one('INTERVAL', 'INTERVAL is a whole number of 1 or more') ?? 1;
  const count = one('COUNT', 'COUNT is a whole number of 1 or more');
  const byHour = ints('BYHOUR', 0, 23, 'hours are 0 to 23');
  const byMinute = ints('BYMINUTE', 0, 59, 'minutes are 0 to 59');
  const bySecond = ints('BYSECOND', 0, 59, 'seconds are 0 to 59');
  const byMonthDay = ints('BYMONTHDAY', -31, 31, 'days of the month are 1 to 31 or -1 to -31 (from the end)', true);
  const byMonth = ints('BYMONTH', 1, 12, 'months are 1 to 12');
  const bySetPos = ints('BYSETPOS', -366, 366, 'positions are 1 to 366 or -1 to -366', true);
  const byDay = parseByDay(values.get('BYDAY'), freq, errors);
  const wkstText = values.get('WKST');
  const wkst = WEEKDAYS.find((w) => w === wkstText);
  if (wkstText !== undefined && !wkst) errors.push(`WKST "${wkstText}" is not a weekday; use MO to SU.`);
  const until = parseUntil(values.get('UNTIL'), errors);

  if (count !== undefined && until !== undefined) {
    errors.push('COUNT and UNTIL cannot be used together; choose one way to end the rule.');
  }
  if (bySecond?.some((s) => s !== 0)) {
    errors.push('BYSECOND must be 0: check-ins are planned to the minute.');
  }
  if (byMonthDay && freq === 'WEEKLY') {
    errors.push('BYMONTHDAY cannot be used with FREQ=WEEKLY; use BYDAY, or FREQ=MONTHLY with BYMONTHDAY.');
  }
  if (bySetPos && !byDay && !byMonthDay && !byMonth && !byHour && !byMinute) {
    errors.push('BYSETPOS needs another BY part to pick from, e.g. FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1.');
  }
  const timesPerDay = (byHour?.length ?? 1) * (byMinute?.length ?? 1);
  if (timesPerDay > MAX_TIMES_PER_DAY) {
    errors.push(
      `The rule asks ${timesPerDay} times a day (BYHOUR × BYMINUTE); at most ${MAX_TIMES_PER_DAY} is humane.`,
    );
  }
  if (errors.length) return fail();

  const rule: ParsedRule = { text: '', freq, interval };
  if (count !== undefined) rule.count = count;
  if (until !== undefined) rule.until = until;
  if (byDay) rule.byDay = byDay;
  if (byHour) rule.byHour = byHour;
  if (byMinute) rule.byMinute = byMinute;
  if (byMonthDay) rule.byMonthDay = byMonthDay;
  if (byMonth) rule.byMonth = byMonth;
  if (bySetPos) rule.bySetPos = bySetPos;
  if (wkst) rule.wkst = wkst;
  rule.text = formatRule(rule, values.get('UNTIL'));
  if (ruleNeverOccurs(rule)) {
    errors.push('The rule never produces a date (for example BYMONTH=2;BYMONTHDAY=30); check the BY parts.');
    return fail();
  }
  return { ok: true, rule };
}

function parseByDay(raw: string | undefined, freq: Frequency, errors: string[]): ByDay[] | undefined {
  if (raw === undefined) return undefined;
  const out: ByDay[] = [];
  for (const item of raw.split(',')) {
    const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
    const weekday = m?.[2] as WeekdayCode | undefined;
    if (!m || !weekday || !WEEKDAYS.includes(weekday)) {
      errors.push(
        `BYDAY value "${item}" is not a weekday; use MO, TU, WE, TH, FR, SA or SU, ` +
          'optionally with a position for monthly rules, like 1TU (first Tuesday) or -1FR (last Friday).',
      );
      continue;
    }
    if (m[1] === undefined) {
      out.push({ weekday });
      continue;
    }
    const n = Number(m[1]);
    const limit = freq === 'YEARLY' ? 53 : 5;
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') {
      errors.push(`BYDAY "${item}" has a position (${n}), which only works with FREQ=MONTHLY or FREQ=YEARLY.`);
    } else if (n === 0 || Math.abs(n) > limit) {
      errors.push(`BYDAY "${item}": the position must be 1 to ${limit} or -1 to -${limit}.`);
    } else out.push({ weekday, n });
  }
  return out;
}

function parseUntil(raw: string | undefined, errors: string[]): ParsedRule['until'] {
  if (raw === undefined) return undefined;
  // UNTIL is read as wall-clock time in the client's zone, like the rest of the rule.
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(raw);
  if (!m) {
    errors.push(`UNTIL "${raw}" is not a date; write YYYYMMDD or YYYYMMDDTHHMMSS, e.g. UNTIL=20261231.`);
    return undefined;
  }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dateOnly = m[4] === undefined;
  const local = Date.UTC(y, mo - 1, d, Number(m[4] ?? 23), Number(m[5] ?? 59), Number(m[6] ?? 59));
  const check = new Date(local);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || check.getUTCHours() !== Number(m[4] ?? 23)) {
    errors.push(`UNTIL "${raw}" is not a real date or time.`);
    return undefined;
  }
  return { local, dateOnly };
}

/** Canonical text: same rule, same string, so caches and stored rules compare equal. */
function formatRule(rule: ParsedRule, untilRaw: string | undefined): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (untilRaw !== undefined) parts.push(`UNTIL=${untilRaw}`);
  if (rule.byMonth) parts.push(`BYMONTH=${rule.byMonth.join(',')}`);
  if (rule.byMonthDay) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  if (rule.byDay) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.n ?? ''}${d.weekday}`).join(',')}`);
  if (rule.byHour) parts.push(`BYHOUR=${rule.byHour.join(',')}`);
  if (rule.byMinute) parts.push(`BYMINUTE=${rule.byMinute.join(',')}`);
  if (rule.bySetPos) parts.push(`BYSETPOS=${rule.bySetPos.join(',')}`);
  if (rule.wkst) parts.push(`WKST=${rule.wkst}`);
  return parts.join(';');
}
