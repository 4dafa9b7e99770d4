// SMS through Twilio's Messages API.
import type { ChannelAdapter, OutboundMessage, SendResult } from '../channel.js';
import { ChannelError } from '../channel.js';
import { classifyTwilioError, isPermanentRecipientError } from './encoding/status-map.js';
import { createTwilioClient, TwilioRateLimited } from './twilio.client.js';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  from?: string;
  messagingServiceSid?: string;
  apiBaseUrl?: string;
}


export function createTwilioAdapter(settings: TwilioSettings): ChannelAdapter {
  const client = createTwilioClient(settings.accountSid, settings.authToken, settings.apiBaseUrl);
  return {
    channel: 'sms',
    provider: 'twilio',
    async send(message: OutboundMessage): Promise<SendResult> {
      try {
        const sent = await client.messages.create({
          to: message.to,
          body: message.text,
          ...(settings.messagingServiceSid ? { messagingServiceSid: settings.messagingServiceSid } : { from: settings.from }),
          ...(message.statusCallbackUrl ? { statusCallback: message.statusCallbackUrl } : {}),
        });
        return { provider: 'twilio', providerMessageId: sent.sid };
      } catch (error) {
        throw toChannelError(error);
      }
    },
  };
}

function toChannelError(error: unknown): ChannelError {
  if (error instanceof TwilioRateLimited) {
    return new ChannelError('twilio answered 429', 'transient', { code: error.code, ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}) });
  }
  const e = error as { status?: number; code?: number; message?: string };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const code = typeof e.code === 'number' ? e.code : undefined;
  if (status === undefined) return new ChannelError(`twilio unreachable: ${e.message ?? 'unknown error'}`, 'transient');
  const detail = `twilio answered ${status}${code ? `, code ${code}` : ''}`;
  if (classifyTwilioError(status, code) === 'transient') return new ChannelError(detail, 'transient', { code });
  // 21610: the number sent STOP to Twilio (perhaps before Pols heard of it): an opt-out, not a broken number.
  if (code === 21610) return new ChannelError(detail, 'permanent', { code, recipientOptedOut: true });
  return new ChannelError(detail, 'permanent', { code, addressUnusable: isPermanentRecipientError(code) });
}
