// Who needs a coach's attention first: explicit requests for contact, then signs of trouble.
// Weights are data so the order can be tuned without touching the query.
export const FLAG_WEIGHTS: Record<string, number> = {
  callback_requested: 50,
  help_requested: 50,
  wellbeing_low: 40,
  unreachable: 35,
  missed_checkins: 30,
  unclear_answer: 15,
};
const BARRIER_WEIGHT = 8;

export interface AttentionInput {
  openFlags: readonly string[];
  activeBarriers: readonly string[];
  /** The latest wellbeing value on its scale, as a fraction 0 (worst) .. 1 (best), if known. */
  wellbeing: number | null;
}

export function attentionScore(input: AttentionInput): number {
  const flags = input.openFlags.reduce((sum, kind) => sum + (FLAG_WEIGHTS[kind] ?? 10), 0);
  const barriers = input.activeBarriers.length * BARRIER_WEIGHT;
  const mood = input.wellbeing === null ? 0 : Math.round((1 - input.wellbeing) * 20);
  return flags + barriers + mood;
}
