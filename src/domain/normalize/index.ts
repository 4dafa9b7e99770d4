// TEMPORARY stub written by the integrator so the app can be tested; the normalizer engine replaces this file.
import type { NormalizeOptions, NormalizeResult, QuestionSpec } from './types.js';
export * from './types.js';

export function normalizePhrase(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function normalize(question: QuestionSpec, text: string, _options?: NormalizeOptions): NormalizeResult {
  const t = normalizePhrase(text);
  const traits: NormalizeResult['traits'] = {};
  if (/oppas/.test(t)) traits['barrier.childcare'] = true;
  if (/geen auto/.test(t)) traits['barrier.transport'] = true;
  if (/bel/.test(t)) traits['contact.callback_requested'] = true;
  if (/^(stop|stoppen|afmelden)$/.test(t)) return { status: 'opt_out', value: null, traits, confidence: 1 };
  if (/^(help|hulp)$/.test(t)) return { status: 'help', value: null, traits, confidence: 1 };
  if (question.type === 'scale') {
    const n = /\b(\d)\b/.exec(t);
    if (n) return { status: 'answered', value: Number(n[1]), traits, confidence: 0.99 };
    if (/gaat wel/.test(t)) return { status: 'answered', value: 3, traits, confidence: 0.9 };
    if (/goed/.test(t)) return { status: 'answered', value: 4, traits, confidence: 0.9 };
    return { status: 'unclear', value: null, traits, confidence: 0.1 };
  }
  if (question.type === 'free_text') return { status: 'answered', value: text.trim(), traits, confidence: 1 };
  return { status: 'unclear', value: null, traits, confidence: 0.1 };
}
