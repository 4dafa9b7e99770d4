// Local default when no provider credentials are set: the message row itself is the outbox entry
// (GET /v1/outbox), so nothing leaves the machine.
import type { Channel } from '../../db/schema/people.js';
import type { ChannelAdapter, OutboundMessage, SendResult } from '../channel.js';

export function createOutboxAdapter(channel: Channel): ChannelAdapter {
  return {
    channel,
    provider: 'outbox',
    async send(message: OutboundMessage): Promise<SendResult> {
      return { provider: 'outbox', providerMessageId: `outbox-${message.messageId}` };
    },
  };
}
