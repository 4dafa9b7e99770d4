// Twilio's standard messaging keywords. With Advanced Opt-Out (on by default) Twilio itself confirms
// these and blocks or unblocks the number, so Pols records them but does not confirm a second time.
export const TWILIO_OPT_OUT_KEYWORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT']);
export const TWILIO_OPT_IN_KEYWORDS = new Set(['START', 'YES', 'UNSTOP']);

const keyword = (text: string) => text.trim().replace(/[.!]+$/, '').toUpperCase();
export const isTwilioOptOutKeyword = (text: string) => TWILIO_OPT_OUT_KEYWORDS.has(keyword(text));
export const isTwilioOptInKeyword = (text: string) => TWILIO_OPT_IN_KEYWORDS.has(keyword(text));
