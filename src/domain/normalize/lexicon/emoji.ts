// Emoji and ASCII emoticons become plain word tokens ("emo_smile") before tokenizing, so the
// language tables can give them a meaning like any other word. Skin tones and variation
// selectors are dropped first, so 👍🏽 and 👍 are the same token.

export const EMOJI_TOKENS: Readonly<Record<string, string>> = {
  '😁': 'emo_grin', '😀': 'emo_grin', '😃': 'emo_grin', '😄': 'emo_grin', '😆': 'emo_grin',
  '🤩': 'emo_love', '😍': 'emo_love', '🥰': 'emo_love', '❤': 'emo_heart', '💪': 'emo_strong',
  '🥳': 'emo_love', '💯': 'emo_love', '🎉': 'emo_party', '🙌': 'emo_party', '😎': 'emo_cool', '🌞': 'emo_sun', '☀': 'emo_sun',
  '🙂': 'emo_smile', '😊': 'emo_smile', '☺': 'emo_smile', '😌': 'emo_smile', '😉': 'emo_smile', '😇': 'emo_smile',
  '😐': 'emo_neutral', '😑': 'emo_neutral', '😶': 'emo_neutral', '🫤': 'emo_neutral', '🙃': 'emo_neutral',
  '🤔': 'emo_think', '🤷': 'emo_shrug', '🙄': 'emo_eyeroll',
  '🙁': 'emo_sad', '☹': 'emo_sad', '😕': 'emo_sad', '😟': 'emo_sad', '😞': 'emo_sad', '😔': 'emo_sad',
  '😢': 'emo_cry', '😥': 'emo_cry', '😓': 'emo_sad', '😒': 'emo_sad', '😬': 'emo_sad', '😴': 'emo_tired',
  '🥱': 'emo_tired', '😪': 'emo_tired',
  '😭': 'emo_sob', '😩': 'emo_sob', '😫': 'emo_sob', '😖': 'emo_sob', '😣': 'emo_sob', '💔': 'emo_sob',
  '😡': 'emo_angry', '🤬': 'emo_angry', '😠': 'emo_angry',
  '🤒': 'emo_sick', '🤢': 'emo_sick', '🤮': 'emo_sick', '🤕': 'emo_sick', '😷': 'emo_sick',
  '👍': 'emo_thumbsup', '👌': 'emo_ok', '✅': 'emo_check', '✔': 'emo_check', '☑': 'emo_check',
  '👎': 'emo_thumbsdown', '❌': 'emo_cross', '✖': 'emo_cross', '🚫': 'emo_cross', '⛔': 'emo_cross',
  '🆘': 'help', '❓': '?', '❔': '?',
  '🔟': '10',
};

/** ASCII emoticons, longest first so ":-)" wins over ":)" (applied to lower-cased text). */
export const EMOTICONS: ReadonlyArray<readonly [string, string]> = [
  [":'-(", 'emo_cry'], [":'(", 'emo_cry'], [':-((', 'emo_sob'], [':((', 'emo_sob'],
  [':-)', 'emo_smile'], [':)', 'emo_smile'], [';-)', 'emo_smile'], [';)', 'emo_smile'],
  [':-d', 'emo_grin'], [':d', 'emo_grin'],
  [':-(', 'emo_sad'], [':(', 'emo_sad'],
  [':-|', 'emo_neutral'], [':|', 'emo_neutral'], [':-/', 'emo_neutral'], [':/', 'emo_neutral'],
  ['<3', 'emo_heart'],
];
