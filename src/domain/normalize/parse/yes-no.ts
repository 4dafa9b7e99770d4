// Yes/no answers. The first clause that answers decides ("ja maar ik heb geen vervoer" = yes).
// Words like "prima" or "niet" only count as the whole clause; "misschien" is unclear.
import type { Analysis } from '../text/analyze.js';
import { unitsOf } from './units.js';

export interface YesNoResult {
  value: boolean | null;
  confidence: number;
}

const CONFIDENCE = { any: 0.9, alone: 0.85, hedged: 0.7 } as const;

export function parseYesNo(a: Analysis): YesNoResult {
  for (const clause of a.clauses) {
    const units = unitsOf(a, clause, 'any');
    const meaningful = units.filter((u) => !u.sense?.filler);
    let yes = false;
    let no = false;
    let unsure = false;
    let confidence = 1;
    for (const u of units) {
      const s = u.sense;
      if (!s) continue;
      if (s.unsure) unsure = true;
      if (!s.yn || !s.ynMode) continue;
      // "ok prima", "goed hoor top": alone-words count together when nothing else is said
      if (s.ynMode === 'alone' && meaningful.length !== 1 && !meaningful.every((m) => m.sense?.yn === s.yn)) continue;
      if (s.yn === 'yes') yes = true;
      else no = true;
      confidence = Math.min(confidence, CONFIDENCE[s.ynMode], u.q);
    }
    if (unsure || (yes && no)) return { value: null, confidence: 0.3 };
    if (yes || no) return { value: yes, confidence };
  }
  return { value: null, confidence: 0.2 };
}
