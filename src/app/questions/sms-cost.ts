// What one question costs as an SMS: the whole message a client receives (greeting, question, answer-page
// link, signature, footer), its encoding (GSM-7, or UCS-2 for accents like ë and emoji) and segments.
import { answerPageUrl, linkSettingsOf } from '../answer-links/link-settings.js';
import { smsLinkLine } from '../answer-links/message-links.js';
import { smsEncodingInfo, segmentWarning } from '../../channels/sms-twilio/encoding/sms-encoding.js';
import type { Config } from '../../config/config.js';
import { renderQuestion } from '../../domain/messages/render.js';
import type { Locale } from '../../domain/messages/texts.js';

export interface SmsCost {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  characters: number;
  /** Over 2 segments: each message costs 3 or more SMS. */
  warning: string | null;
}

// Estimated with names of typical length; real names change the count by a few characters.
const SAMPLE = { firstName: 'Mohammed', coachName: 'Annemarie', clientId: '00000000-0000-4000-8000-000000000000' };

export function smsCost(config: Pick<Config, 'ANSWER_LINK_SECRET' | 'PUBLIC_BASE_URL'>, questionText: string, locale: Locale, now: Date): SmsCost {
  const rendered = renderQuestion({ channel: 'sms', recipient: { firstName: SAMPLE.firstName, locale }, sender: { coachName: SAMPLE.coachName, coachContact: '' }, questionText, position: 0, total: 1 });
  const link = smsLinkLine(locale, `${answerPageUrl(linkSettingsOf(config), SAMPLE.clientId, now)}#vraag`);
  const lines = rendered.text.split('\n');
  lines.splice(lines.length - 2, 0, link);
  const info = smsEncodingInfo(lines.join('\n'));
  return {
    encoding: info.encoding,
    segments: info.segments,
    characters: info.characters,
    warning: segmentWarning(info) ? `this question costs ${info.segments} SMS segments per message (${info.encoding}); shorten it${info.encoding === 'UCS-2' ? ` or avoid ${info.nonGsmCharacters.join(' ')}` : ''}` : null,
  };
}
