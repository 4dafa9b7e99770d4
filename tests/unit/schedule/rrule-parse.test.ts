import { describe, expect, it } from 'vitest';
import { parseRrule } from '../../../src/domain/schedule/index.js';

describe('parseRrule accepts the rules operators write', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=9;BYMINUTE=0', 'FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=9;BYMINUTE=0'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;BYHOUR=10', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;BYHOUR=10'],
    ['FREQ=MONTHLY;BYDAY=1TU', 'FREQ=MONTHLY;BYDAY=1TU'],
    ['FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=16;BYMINUTE=30', 'FREQ=MONTHLY;BYDAY=-1FR;BYHOUR=16;BYMINUTE=30'],
    ['FREQ=DAILY', 'FREQ=DAILY'],
    ['rrule:freq=daily;byhour=9,17;', 'FREQ=DAILY;BYHOUR=9,17'],
    ['FREQ=DAILY;INTERVAL=1;UNTIL=20261231', 'FREQ=DAILY;UNTIL=20261231'],
    ['FREQ=MONTHLY;BYMONTHDAY=-1', 'FREQ=MONTHLY;BYMONTHDAY=-1'],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1'],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29'],
    ['FREQ=WEEKLY;COUNT=6;BYDAY=MO;BYSECOND=0', 'FREQ=WEEKLY;COUNT=6;BYDAY=MO'],
  ])('%s', (text, canonical) => {
    const result = parseRrule(text);
    expect(result.ok ? result.rule.text : result.error).toBe(canonical);
  });

  it('returns the structured rule', () => {
    const result = parseRrule('FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU;BYHOUR=9;BYMINUTE=15');
    expect(result).toMatchObject({
      ok: true,
      rule: { freq: 'MONTHLY', interval: 3, byDay: [{ weekday: 'TU', n: 1 }], byHour: [9], byMinute: [15] },
    });
  });
});

describe('parseRrule explains why a rule is refused', () => {
  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['FREQ=FORTNIGHTLY', /Unknown FREQ "FORTNIGHTLY"\. Use DAILY, WEEKLY, MONTHLY or YEARLY/],
    ['BYDAY=MO;BYHOUR=9', /FREQ is missing/],
    ['FREQ=HOURLY', /FREQ=HOURLY is too frequent/],
    ['FREQ=MINUTELY;INTERVAL=30', /FREQ=MINUTELY is too frequent/],
    ['FREQ=SECONDLY', /FREQ=SECONDLY is too frequent/],
    ['DTSTART:20260101T090000Z\nRRULE:FREQ=DAILY', /DTSTART is not allowed/],
    ['DTSTART=20260101T090000Z;FREQ=DAILY', /DTSTART is not allowed/],
    ['FREQ=DAILY;TZID=Europe/Amsterdam', /TZID is not allowed/],
    ['FREQ=WEEKLY;BYDAY=MA', /BYDAY value "MA" is not a weekday/],
    ['FREQ=WEEKLY;BYDAY=1MO', /position \(1\), which only works with FREQ=MONTHLY/],
    ['FREQ=MONTHLY;BYDAY=6MO', /position must be 1 to 5/],
    ['FREQ=DAILY;BYHOUR=24', /BYHOUR value "24" is out of range; hours are 0 to 23/],
    ['FREQ=DAILY;BYHOUR=-1', /BYHOUR value "-1" is out of range/],
    ['FREQ=DAILY;BYMINUTE=60', /BYMINUTE value "60" is out of range/],
    ['FREQ=DAILY;BYHOUR=nine', /BYHOUR value "NINE" is not a whole number/],
    ['FREQ=DAILY;COUNT=5;UNTIL=20261231', /COUNT and UNTIL cannot be used together/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL value "0" is out of range/],
    ['FREQ=DAILY;UNTIL=2026-12-31', /UNTIL "2026-12-31" is not a date; write YYYYMMDD/],
    ['FREQ=DAILY;UNTIL=20260231', /not a real date/],
    ['FREQ=DAILY;FREQ=WEEKLY', /FREQ is given twice/],
    ['FREQ=DAILY;BYHOUR', /"BYHOUR" is not a NAME=VALUE part/],
    ['FREQ=DAILY;FOO=1', /Unknown rule part "FOO"/],
    ['FREQ=YEARLY;BYWEEKNO=20', /BYWEEKNO is not supported/],
    ['FREQ=DAILY;BYSECOND=30', /BYSECOND must be 0/],
    ['FREQ=WEEKLY;BYMONTHDAY=1', /BYMONTHDAY cannot be used with FREQ=WEEKLY/],
    ['FREQ=MONTHLY;BYSETPOS=1', /BYSETPOS needs another BY part/],
    ['FREQ=DAILY;BYHOUR=8,10,12,14,16', /asks 5 times a day/],
    ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', /never produces a date/],
    ['FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31', /never produces a date/],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6', /never produces a date/],
    ['FREQ=DAILY\nEXDATE:20260101', /one rule on one line/],
  ])('%j', (text, message) => {
    const result = parseRrule(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('reports every problem at once', () => {
    const result = parseRrule('FREQ=WEEKLY;BYDAY=XX;BYHOUR=25');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(2);
  });

  it('refuses impossible rules quickly instead of searching for ever', () => {
    const started = performance.now();
    parseRrule('FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30');
    expect(performance.now() - started).toBeLessThan(500);
  });
});
