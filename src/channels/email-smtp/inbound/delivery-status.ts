// Reading a bounce: the RFC 3464 delivery-status report when there is one, the human-readable
// text of the bounce when there is not, and whether the failure is hard or soft.
import type { BounceInfo } from './inbound-mail.types.js';

export interface DsnRecipient {
  finalRecipient?: string;
  originalRecipient?: string;
  action?: string;
  status?: string;
  diagnostic?: string;
}

/** Parses a `message/delivery-status` body into its per-recipient blocks. */
export function parseDeliveryStatus(report: string): DsnRecipient[] {
  const unfolded = report.replace(/\r\n?/g, '\n').replace(/\n[ \t]+/g, ' ');
  const blocks = unfolded.split(/\n\s*\n/).map(parseFields);
  // The first block is about the message (Reporting-MTA, Arrival-Date), the others about recipients.
  return blocks
    .filter((fields) => fields.has('final-recipient') || fields.has('original-recipient') || fields.has('status'))
    .map((fields) => ({
      finalRecipient: addressOf(fields.get('final-recipient')),
      originalRecipient: addressOf(fields.get('original-recipient')),
      action: fields.get('action')?.toLowerCase(),
      status: enhancedStatus(fields.get('status')),
      diagnostic: withoutType(fields.get('diagnostic-code')),
    }));
}

function parseFields(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
  }
  return fields;
}

/** `rfc822; Jan@Example.nl` → `jan@example.nl`. */
function addressOf(value: string | undefined): string | undefined {
  const address = withoutType(value)?.replace(/^<|>$/g, '').trim().toLowerCase();
  return address?.includes('@') ? address : undefined;
}

/** `smtp; 550 5.1.1 ...` → `550 5.1.1 ...`. */
function withoutType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const stripped = value.replace(/^[a-z0-9-]+\s*;\s*/i, '').replace(/\s+/g, ' ').trim();
  return stripped === '' ? undefined : stripped;
}

const ENHANCED_STATUS = /\b([245]\.\d{1,3}\.\d{1,3})\b/;

function enhancedStatus(value: string | undefined): string | undefined {
  return value === undefined ? undefined : ENHANCED_STATUS.exec(value)?.[1];
}

export interface BounceEvidence {
  deliveryStatus?: string;
  /** The human-readable part of the bounce. */
  text?: string;
  /** Values of `X-Failed-Recipients` (Exim). */
  failedRecipients?: readonly string[];
  /** The header section of our returned message. */
  returnedHeaders?: string;
}

/** Everything we can tell about a bounce. */
export function describeBounce(evidence: BounceEvidence): BounceInfo {
  const recipients = evidence.deliveryStatus ? parseDeliveryStatus(evidence.deliveryStatus) : [];
  const chosen =
    recipients.find((r) => r.action === 'failed') ?? recipients.find((r) => r.action === 'delayed') ?? recipients[0];
  const text = evidence.text ?? '';

  const diagnostic = chosen?.diagnostic ?? diagnosticFromText(text);
  const status = chosen?.status ?? enhancedStatus(diagnostic) ?? enhancedStatus(text);
  const recipient =
    chosen?.originalRecipient ??
    chosen?.finalRecipient ??
    evidence.failedRecipients?.map((value) => addressOf(value.split(',')[0])).find(Boolean) ??
    recipientFromText(text);
  const originalMessageId = evidence.returnedHeaders
    ? /^message-id:\s*(<[^>\s]+>)/im.exec(headerSection(evidence.returnedHeaders))?.[1]
    : undefined;

  const info: BounceInfo = { hard: isHard({ status, diagnostic, action: chosen?.action, text }) };
  if (recipient) info.recipient = recipient;
  if (status) info.status = status;
  if (diagnostic) info.diagnostic = diagnostic;
  if (originalMessageId) info.originalMessageId = originalMessageId;
  return info;
}

function headerSection(message: string): string {
  const normalized = message.replace(/\r\n?/g, '\n');
  const end = normalized.search(/\n\s*\n/);
  return (end === -1 ? normalized : normalized.slice(0, end)).replace(/\n[ \t]+/g, ' ');
}

/** Postfix: `<jan@example.nl>: host mx.example.nl[192.0.2.25] said: 550 5.1.1 ...`. */
function recipientFromText(text: string): string | undefined {
  return /^<([^<>\s@]+@[^<>\s]+)>:/m.exec(text)?.[1]?.toLowerCase();
}

/** The first line with an SMTP reply and an enhanced status, with its indented continuation. */
function diagnosticFromText(text: string): string | undefined {
  const found = /\b[45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b[^\n]*(?:\n[ \t]+[^\n]*)*/.exec(text.replace(/\r\n?/g, '\n'));
  return found ? found[0].replace(/\s+/g, ' ').trim() : undefined;
}

const SOFT_WORDS =
  /mailbox (?:is )?full|over (?:the )?quota|quota exceeded|exceeded (?:the )?(?:storage|quota)|insufficient (?:system )?storage|postvak (?:is )?vol|mailbox vol/i;
const HARD_WORDS =
  /user unknown|unknown user|does ?n[o']t exist|no such (?:user|mailbox|recipient)|mailbox unavailable|mailbox not found|recipient not found|recipient address rejected|invalid recipient|address not found|onbekende (?:ontvanger|gebruiker)|bestaat niet|is niet gevonden/i;

/**
 * Soft first: a full mailbox can empty (Gmail sends 5.2.2 for it). Then the status class, then the
 * DSN action, then the words. Without any evidence a bounce counts as soft: wrongly giving up on an
 * address costs a client's check-ins, wrongly retrying costs one more bounce.
 */
function isHard(facts: { status?: string; diagnostic?: string; action?: string; text: string }): boolean {
  const words = `${facts.diagnostic ?? ''}\n${facts.text}`;
  if (facts.status && /^\d\.2\.2$/.test(facts.status)) return false;
  if (SOFT_WORDS.test(words)) return false;
  if (facts.status?.startsWith('5')) return true;
  if (facts.status?.startsWith('4')) return false;
  if (facts.action === 'failed') return true;
  if (facts.action === 'delayed') return false;
  return HARD_WORDS.test(words);
}
