// A window spreads sends over e.g. 09:00-12:00 so 100,000 phones do not buzz at the same second
// (and providers are not flooded). The moment is a hash of the occurrence key: random-looking,
// but identical every time the same occurrence is planned again.
import type { SendWindow } from './types.js';
import { MS, parseClock } from './zone-time.js';

/** cyrb53: a fast, well-mixed 53-bit string hash, mapped to [0, 1). */
export function hashToUnit(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const ch = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)) / 2 ** 53;
}

/** Window bounds in ms after local midnight; end is exclusive. */
export function windowBounds(window: SendWindow): { start: number; end: number } {
  return { start: parseClock(window.start) * MS.MINUTE, end: parseClock(window.end) * MS.MINUTE };
}

/** Floating local time inside [start, end) of the window on the day starting at `dayStartLocal`. */
export function pickInWindow(dayStartLocal: number, window: SendWindow, seed: string): number {
  const { start, end } = windowBounds(window);
  const seconds = Math.max(1, Math.floor((end - start) / 1000));
  return dayStartLocal + start + Math.floor(hashToUnit(seed) * seconds) * 1000;
}
