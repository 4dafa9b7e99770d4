// Wall-clock <-> instant conversion per IANA zone, without reading the process TZ.
// "Floating" local times are epoch ms whose UTC fields are the wall clock (what rrule produces).
// Offsets are cached per 15-minute bucket because Intl lookups cost ~10 µs and a bulk plan
// asks the same zone the same question hundreds of thousands of times.
import { IANAZone } from 'luxon';

export const DEFAULT_TIMEZONE = 'Europe/Amsterdam';
const MINUTE = 60_000;
const DAY = 86_400_000;
const BUCKET = 15 * MINUTE; // modern zone transitions fall on quarter hours (UTC)
const MAX_CACHE = 200_000;

const zones = new Map<string, IANAZone>();
const offsetCache = new Map<string, Map<number, number>>();

/**
 * The zone name with its usual casing ('europe/amsterdam' → 'Europe/Amsterdam'), or null when
 * unknown. Only the case is fixed: ICU would also swap names for old links (Asia/Katmandu).
 */
export function canonicalZone(zone: string): string | null {
  if (!IANAZone.isValidZone(zone)) return null;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
}

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

function ianaZone(zone: string): IANAZone {
  let z = zones.get(zone);
  if (!z) {
    z = IANAZone.create(zone);
    if (!z.isValid) throw new Error(`Unknown time zone "${zone}"`);
    zones.set(zone, z);
  }
  return z;
}

/** UTC offset in minutes of `zone` at instant `ms`. */
export function offsetAt(zone: string, ms: number): number {
  let cache = offsetCache.get(zone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(zone, cache);
  }
  const bucket = Math.floor(ms / BUCKET);
  const hit = cache.get(bucket);
  if (hit !== undefined && !Number.isNaN(hit)) return hit;
  const z = ianaZone(zone);
  if (hit !== undefined) return z.offset(ms); // NaN marks a bucket with a transition inside
  const start = z.offset(bucket * BUCKET);
  const end = z.offset(bucket * BUCKET + BUCKET - 1);
  if (cache.size > MAX_CACHE) cache.clear();
  cache.set(bucket, start === end ? start : Number.NaN);
  return start === end ? start : z.offset(ms);
}

/** Floating wall-clock ms of instant `ms` in `zone`. */
export function toLocal(zone: string, ms: number): number {
  return ms + offsetAt(zone, ms) * MINUTE;
}

/**
 * Instant of floating wall-clock `local` in `zone`.
 * Ambiguous (autumn) → the first instance; nonexistent (spring gap) → the first valid instant
 * after the gap (02:30 on the spring-forward day in Amsterdam → 03:00 CEST).
 */
export function toInstant(zone: string, local: number): number {
  const before = offsetAt(zone, local - DAY);
  const after = offsetAt(zone, local + DAY);
  const c1 = local - before * MINUTE;
  if (before === after && offsetAt(zone, c1) === before) return c1;
  const c2 = local - after * MINUTE;
  const ok1 = offsetAt(zone, c1) === before;
  const ok2 = offsetAt(zone, c2) === after;
  if (ok1 && ok2) return Math.min(c1, c2);
  if (ok1) return c1;
  if (ok2) return c2;
  // In the gap: the transition lies between the two candidates; find it to the millisecond.
  let lo = Math.min(c1, c2);
  let hi = Math.max(c1, c2);
  const loOffset = offsetAt(zone, lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid) === loOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Calendar fields of a floating ms, by integer arithmetic (no Date allocation on the hot path). */
function civil(local: number): { y: number; m: number; d: number; hh: number; mm: number; ss: number } {
  const days = Math.floor(local / DAY);
  const rest = local - days * DAY;
  // Howard Hinnant's days → civil date.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const secs = Math.floor(rest / 1000);
  return { y, m, d, hh: Math.floor(secs / 3600), mm: Math.floor(secs / 60) % 60, ss: secs % 60 };
}

/** 'YYYY-MM-DD' of a floating ms. */
export function localDateOf(local: number): string {
  const c = civil(local);
  return `${c.y}-${pad2(c.m)}-${pad2(c.d)}`;
}

/** 'YYYY-MM-DDTHH:mm' of a floating ms (seconds are always zero for rule times). */
export function localDateTimeOf(local: number): string {
  const c = civil(local);
  return `${c.y}-${pad2(c.m)}-${pad2(c.d)}T${pad2(c.hh)}:${pad2(c.mm)}`;
}

/** Minutes since local midnight of a floating ms. */
export function minuteOfDay(local: number): number {
  return Math.floor((((local % DAY) + DAY) % DAY) / MINUTE);
}

/** Floating ms of local midnight of the day containing floating `local`. */
export function startOfLocalDay(local: number): number {
  return Math.floor(local / DAY) * DAY;
}

/** ISO-8601 with the zone's offset, e.g. 2026-03-29T09:00:00+02:00. */
export function formatInZone(zone: string, ms: number): string {
  const off = offsetAt(zone, ms);
  const c = civil(ms + off * MINUTE);
  const abs = Math.abs(off);
  return (
    `${c.y}-${pad2(c.m)}-${pad2(c.d)}T${pad2(c.hh)}:${pad2(c.mm)}:${pad2(c.ss)}` +
    `${off < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}

/** Floating ms of an ISO date 'YYYY-MM-DD' (local midnight), or null when malformed. */
export function parseLocalDate(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms;
}

const clocks = new Map<string, number>();

/** Minutes since midnight of 'HH:MM' (memoised: called per occurrence). */
export function parseClock(hhmm: string): number {
  let minutes = clocks.get(hhmm);
  if (minutes === undefined) {
    const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
    if (!m) throw new Error(`Bad clock time "${hhmm}", expected HH:MM`);
    minutes = Number(m[1]) * 60 + Number(m[2]);
    if (clocks.size > 10_000) clocks.clear();
    clocks.set(hhmm, minutes);
  }
  return minutes;
}

export const MS = { MINUTE, DAY } as const;

export type Instant = Date | string | number;

/** Epoch ms of an instant given as Date, ISO string (with offset) or epoch ms. */
export function toMs(instant: Instant): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new Error(`Not an instant: ${String(instant)}`);
  return ms;
}
