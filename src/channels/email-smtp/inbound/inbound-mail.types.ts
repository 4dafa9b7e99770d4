// What an inbound e-mail means to Pols, once parsed: who it is from, which check-in it answers
// (through the reply token in the recipient addresses) and what the client wrote.

/** `reply`: a person answered; `auto_reply` and `bounce` are never stored as answers. */
export type InboundKind = 'reply' | 'auto_reply' | 'bounce';

export interface BounceInfo {
  /** `true`: the address will not work (5.x.x, user unknown); `false`: try again later (4.x.x, mailbox full). */
  hard: boolean;
  /** The address we sent to, lower-cased: the DSN's Original-Recipient, else its Final-Recipient. */
  recipient?: string;
  /** The enhanced status code (RFC 3463), e.g. `5.1.1`. */
  status?: string;
  /** The remote server's words, e.g. `550 5.1.1 <x@example.nl>: Recipient address rejected: User unknown`. */
  diagnostic?: string;
  /** The Message-ID of our returned message, when the bounce carries its headers. */
  originalMessageId?: string;
}

export interface InboundMail {
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  /** The sender's address, lower-cased. */
  from?: string;
  /** Every recipient address (To, Cc, Delivered-To, X-Original-To, Envelope-To), lower-cased, deduplicated. */
  to: string[];
  subject?: string;
  date?: Date;
  /** The client's new words only (no quoted history, no signature); empty for a bounce. */
  text: string;
  kind: InboundKind;
  bounce?: BounceInfo;
}

/** Raw header values keyed by lower-case header name; a repeated header has several values. */
export type HeaderValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/** What `classifyInbound` looks at. Everything but `headers` is optional. */
export interface InboundSignals {
  headers: HeaderValues;
  /** The sender's address. */
  from?: string;
  subject?: string;
  /** The human-readable body, not reply-stripped; searched for a status when there is no DSN part. */
  text?: string;
  /** The body of a `message/delivery-status` part (RFC 3464), when the mail has one. */
  deliveryStatus?: string;
  /** The header section of the returned message (`message/rfc822` or `text/rfc822-headers` part). */
  returnedHeaders?: string;
}

export interface InboundClassification {
  kind: InboundKind;
  bounce?: BounceInfo;
}
