// The links a question message carries: one-click answers in e-mail (text and buttons), and a link to
// the client's answer page in SMS and e-mail. Answer links expire with their check-in.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { checkinItems, checkins, questions } from '../../db/schema/index.js';
import type { Channel } from '../../domain/channels/choose-channel.js';
import type { Locale } from '../../domain/messages/texts.js';
import { escapeHtml } from '../messages/html.js';
import { specOf } from '../questions/create-question.js';
import { answerOptions } from './answer-options.js';
import type { QuestionSpec } from '../../domain/normalize/types.js';
import { answerLinkUrl, answerPageUrl, type LinkSettings } from './link-settings.js';

/** The SMS line that links to the answer page. */
export const smsLinkLine = (locale: Locale, url: string): string => TEXTS[locale].sms(url);

const TEXTS = {
  nl: {
    tap: 'Tik op je antwoord:',
    confirmNote: 'Je ziet daarna eerst een scherm om je antwoord te versturen.',
    ownWords: 'Of antwoord in je eigen woorden:',
    openPage: 'Open je antwoordpagina',
    sms: (url: string) => `Of antwoord hier: ${url}`,
    aria: (label: string) => `Antwoord ${label}`,
  },
  en: {
    tap: 'Tap your answer:',
    confirmNote: 'You will first see a page to send your answer.',
    ownWords: 'Or answer in your own words:',
    openPage: 'Open your answer page',
    sms: (url: string) => `Or answer here: ${url}`,
    aria: (label: string) => `Answer ${label}`,
  },
} as const;

export interface QuestionLinks {
  /** Plain-text block for e-mail: each answer with its link, then the answer page. */
  emailText: string;
  /** Accessible buttons for the e-mail's HTML part. */
  emailHtml: string;
  /** One line for SMS. */
  smsLine: string;
}

export async function questionLinks(
  db: DbOrTx,
  settings: LinkSettings,
  input: { clientId: string; locale: Locale; checkinId: string; position: number; now: Date; channel: Channel },
): Promise<QuestionLinks | null> {
  if (input.channel === 'sms') return smsLinks(settings, input);
  const [row] = await db
    .select({ question: questions, expiresAt: checkins.expiresAt })
    .from(checkinItems)
    .innerJoin(checkins, eq(checkins.id, checkinItems.checkinId))
    .innerJoin(questions, eq(questions.id, checkinItems.questionId))
    .where(and(eq(checkinItems.checkinId, input.checkinId), eq(checkinItems.position, input.position)))
    .limit(1);
  if (!row) return null;
  return linksFor(settings, { ...input, question: specOf(row.question), expiresAt: row.expiresAt });
}

function smsLinks(settings: LinkSettings, input: { clientId: string; locale: Locale; now: Date }): QuestionLinks {
  const pageUrl = `${answerPageUrl(settings, input.clientId, input.now)}#vraag`;
  return { emailText: '', emailHtml: '', smsLine: TEXTS[input.locale].sms(pageUrl) };
}

/** The links of one question, from what the caller already knows (no database). */
export function linksFor(
  settings: LinkSettings,
  input: { clientId: string; locale: Locale; checkinId: string; position: number; now: Date; question: QuestionSpec; expiresAt: Date; channel?: Channel },
): QuestionLinks {
  // An SMS carries only the page link; signing every option's link is work for e-mail alone.
  if (input.channel === 'sms') return smsLinks(settings, input);
  const t = TEXTS[input.locale];
  const pageUrl = `${answerPageUrl(settings, input.clientId, input.now)}#vraag`;
  const options = answerOptions(input.question, input.locale).map((o) => ({
    ...o,
    url: answerLinkUrl(settings, { checkinId: input.checkinId, position: input.position, value: o.value, exp: input.expiresAt }),
  }));

  const textLines = options.length ? [t.tap, ...options.map((o) => `${o.label}: ${o.url}`), '', t.ownWords, pageUrl] : [t.ownWords, pageUrl];
  const buttons = options
    .map(
      (o) =>
        `<a href="${escapeHtml(o.url)}" aria-label="${escapeHtml(t.aria(o.label))}" style="display:inline-block;min-width:48px;margin:0 8px 8px 0;padding:14px 18px;border-radius:8px;background:#0b5cad;color:#ffffff;font-size:20px;font-weight:bold;line-height:1.2;text-align:center;text-decoration:none">${escapeHtml(o.label)}</a>`,
    )
    .join('');
  const emailHtml = [
    options.length ? `<p style="font-size:16px;line-height:1.5;margin:0 0 8px">${escapeHtml(t.tap)}</p><div role="group" style="margin:0 0 8px">${buttons}</div><p style="font-size:14px;line-height:1.5;margin:0 0 16px;color:#444444">${escapeHtml(t.confirmNote)}</p>` : '',
    `<p style="font-size:16px;line-height:1.5;margin:0 0 16px">${escapeHtml(t.ownWords)} <a href="${escapeHtml(pageUrl)}" style="color:#0b5cad;font-weight:bold">${escapeHtml(t.openPage)}</a></p>`,
  ].join('');
  return { emailText: textLines.join('\n'), emailHtml, smsLine: t.sms(pageUrl) };
}
