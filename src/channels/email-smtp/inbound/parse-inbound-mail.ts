// Raw MIME → InboundMail. Pure: no clock (an unparsable Date header gives no date, never "now").
import { type HeaderLines, type ParsedMail, parseAddressHeader, simpleParser } from 'mailparser';
import { classifyInbound } from './classify-inbound.js';
import { htmlToText } from './html-to-text.js';
import type { InboundMail } from './inbound-mail.types.js';
import { extractReplyText } from './reply-text.js';

const RECIPIENT_HEADERS = ['to', 'cc', 'delivered-to', 'x-original-to', 'envelope-to'] as const;

export async function parseInboundMail(raw: Buffer | string): Promise<InboundMail> {
  const parsed = await simpleParser(raw, {
    keepDeliveryStatus: true, // the DSN as an attachment, not mixed into the text
    skipHtmlToText: true, // `text` only when there is a text part; the HTML fallback is ours
    skipTextToHtml: true,
    skipImageLinks: true,
    keepCidLinks: true,
  });
  const headers = collectHeaders(parsed.headerLines);
  const html = typeof parsed.html === 'string' ? parsed.html : undefined;
  const text = parsed.text ?? '';
  const from = addressesOf(headers.from ?? [])[0];

  const { kind, bounce } = classifyInbound({
    headers,
    from,
    subject: parsed.subject,
    text: text.trim() !== '' ? text : html ? htmlToText(html) : '',
    deliveryStatus: partText(parsed, /^message\/(?:global-)?delivery-status$/i),
    returnedHeaders: partText(parsed, /^(?:message\/(?:global-)?rfc822|text\/rfc822-headers|message\/global-headers)$/i),
  });

  const mail: InboundMail = {
    references: messageIds(headers.references),
    to: addressesOf(RECIPIENT_HEADERS.flatMap((name) => headers[name] ?? [])),
    text: kind === 'bounce' ? '' : extractReplyText(text, html),
    kind,
  };
  const messageId = messageIds(headers['message-id'])[0];
  const inReplyTo = messageIds(headers['in-reply-to'])[0];
  const date = dateOf(headers.date?.[0]);
  if (messageId) mail.messageId = messageId;
  if (inReplyTo) mail.inReplyTo = inReplyTo;
  if (from) mail.from = from;
  if (parsed.subject !== undefined) mail.subject = parsed.subject;
  if (date) mail.date = date;
  if (bounce) mail.bounce = bounce;
  return mail;
}

/** Unfolded raw header values by lower-case name, in order. */
function collectHeaders(lines: HeaderLines): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, line } of lines) {
    const value = line
      .slice(line.indexOf(':') + 1)
      .replace(/\r?\n[ \t]+/g, ' ')
      .trim();
    const values = headers[key] ?? [];
    values.push(value);
    headers[key] = values;
  }
  return headers;
}

function addressesOf(values: readonly string[]): string[] {
  if (values.length === 0) return [];
  const parsed = parseAddressHeader([...values], { flatten: true });
  const addresses = parsed.value.flatMap((entry) => (entry.address ? [entry.address.trim().toLowerCase()] : []));
  return [...new Set(addresses.filter((address) => address.includes('@')))];
}

function messageIds(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.match(/<[^<>\s]+>/g) ?? []);
}

function dateOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value.replace(/\s*\([^)]*\)\s*$/, ''));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function partText(parsed: ParsedMail, contentType: RegExp): string | undefined {
  return parsed.attachments.find((part) => contentType.test(part.contentType))?.content.toString('utf8');
}
