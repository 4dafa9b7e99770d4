// Language-neutral entries: emoji (see emoji.ts for the token names) and international words.
import type { LanguageLexicon } from './types.js';

export const universal: LanguageLexicon = {
  lang: 'und',
  scale: {
    emo_grin: 5, emo_love: 5, emo_party: 5, emo_heart: 4, emo_strong: 4, emo_cool: 4, emo_sun: 4,
    emo_smile: 4, emo_thumbsup: 4, emo_ok: 4, emo_neutral: 3, emo_sad: 2, emo_cry: 2, emo_tired: 2,
    emo_sick: 2, emo_thumbsdown: 2, emo_angry: 2, emo_sob: 1, super: 5, top: 5, ok: 3,
  },
  yes: ['emo_thumbsup', 'emo_check', 'emo_ok'],
  no: ['emo_thumbsdown', 'emo_cross'],
  unsure: ['emo_shrug', 'emo_think'],
  irony: ['emo_eyeroll'],
  negators: [],
  intensifiers: [],
  downtoners: [],
};
