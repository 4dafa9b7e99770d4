// Spelling repair primitives. Three increasingly loose keys: squeezed (stretched letters:
// "suuuper", "neeee"), phonetic (Dutch sound-alikes: "slegt" = "slecht", "goet" = "goed") and
// edit distance (typos: "prma", "uitsteknd").

/** Collapses every run of one letter: "suuuper" -> "super", "nee" -> "ne". */
export function squeeze(s: string): string {
  let out = '';
  let prev = '';
  for (const ch of s) {
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}

const PHONETIC_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/sch/g, 'sg'],
  // "shulden" = "schulden": the ch of sch unheard
  [/sh/g, 'sg'],
  // "skulden" = "schulden": sch written as it sounds
  [/sk/g, 'sg'],
  [/ch/g, 'g'],
  // "sleght" = "slecht": a silent h after g
  [/gh/g, 'g'],
  [/ij/g, 'ei'],
  [/dt/g, 't'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/c/g, 'k'],
  [/au/g, 'ou'],
  [/d$/, 't'],
  // spoken Dutch drops the final n of -en: "belle" = "bellen", "lope" = "lopen"
  [/en$/, 'e'],
];

/** A rough Dutch sound key: spellings that sound the same get the same key. */
export function phonetic(s: string): string {
  let out = s;
  for (const [re, to] of PHONETIC_RULES) out = out.replace(re, to);
  return squeeze(out);
}

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (a swap of two neighbours costs 1),
 * giving up early and returning max + 1 once the distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] ?? max + 1;
}

/** Allowed typo distance for a lexicon word: none for short words, where a repair would be a guess. */
export function maxTypos(target: string): number {
  if (target.length >= 8) return 2;
  if (target.length >= 5) return 1;
  return 0;
}
