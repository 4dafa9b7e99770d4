// The final body of a message: the rendered words plus, for a check-in question, its answer links
// (placed right after the question, before the coach's signature).
import type { Channel } from '../../domain/channels/choose-channel.js';
import type { Rendered, Sender } from '../../domain/messages/render.js';
import { type Locale, TEXTS } from '../../domain/messages/texts.js';
import type { DbOrTx } from '../../db/client.js';
import { htmlDocument, paragraphsHtml, textToHtml } from '../messages/html.js';
import type { LinkSettings } from './link-settings.js';
import { type QuestionLinks, questionLinks } from './message-links.js';

export interface MessageBody {
  text: string;
  html: string | null;
}

export async function messageBody(
  db: DbOrTx,
  input: { clientId: string; locale: Locale; channel: Channel; checkinId?: string | undefined; itemPosition?: number | undefined; now: Date; links: LinkSettings },
  rendered: Rendered,
  sender: Sender,
): Promise<MessageBody> {
  // Push carries its link in the notification itself (the adapter adds it).
  const wantsLinks = input.channel !== 'push' && input.checkinId !== undefined && input.itemPosition !== undefined;
  const links = wantsLinks ? await questionLinks(db, input.links, { clientId: input.clientId, locale: input.locale, checkinId: input.checkinId!, position: input.itemPosition!, now: input.now, channel: input.channel }) : null;
  return bodyWithLinks(input.channel, input.locale, rendered, sender, links);
}

/** Places the links right after the question, before the signature (no database). */
export function bodyWithLinks(channel: Channel, locale: Locale, rendered: Rendered, sender: Sender, links: QuestionLinks | null): MessageBody {
  const plain: MessageBody = { text: rendered.text, html: channel === 'email' ? textToHtml(rendered.text, locale) : null };
  if (channel === 'push' || !links) return plain;
  const separator = channel === 'email' ? '\n\n' : '\n';
  const signature = `${separator}${TEXTS[locale].signature(sender.coachName)}`;
  const at = rendered.text.lastIndexOf(signature);
  const head = at >= 0 ? rendered.text.slice(0, at) : rendered.text;
  const tail = at >= 0 ? rendered.text.slice(at + separator.length) : '';
  const join = (block: string) => [head, block, tail].filter(Boolean).join(separator);
  if (channel === 'sms') return { text: join(links.smsLine), html: null };
  return {
    text: join(links.emailText),
    html: htmlDocument([paragraphsHtml(head), links.emailHtml, tail ? paragraphsHtml(tail) : ''].join('\n'), locale),
  };
}
