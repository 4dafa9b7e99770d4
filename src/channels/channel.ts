// The one contract every channel provider implements: translate our message to the provider's API.
import type { Channel } from '../db/schema/people.js';

export interface OutboundMessage {
  /** Our message id; providers may use it as their idempotency or Message-ID key. */
  messageId: string;
  channel: Channel;
  to: string;
  subject?: string | null;
  text: string;
  html?: string | null;
  replyTo?: string | null;
  /** Where the provider reports delivery status, when it does. */
  statusCallbackUrl?: string;
}

export interface SendResult {
  provider: string;
  providerMessageId: string;
}

/** `permanent`: this address will not work (stop retrying, fall back); `transient`: try again later. */
export class ChannelError extends Error {
  constructor(
    message: string,
    readonly kind: 'permanent' | 'transient',
    readonly options: { code?: string | number; retryAfterMs?: number; addressUnusable?: boolean; recipientOptedOut?: boolean } = {},
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}

export interface ChannelAdapter {
  readonly channel: Channel;
  readonly provider: string;
  send(message: OutboundMessage): Promise<SendResult>;
  close?(): Promise<void>;
}

export type ChannelRegistry = Partial<Record<Channel, ChannelAdapter>>;
