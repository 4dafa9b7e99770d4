// Chooses a real provider per channel when its credentials are set, the local outbox otherwise.
import type { ChannelRegistry } from '../channels/channel.js';
import { createSmtpAdapter } from '../channels/email-smtp/smtp.adapter.js';
import { createOutboxAdapter } from '../channels/outbox/outbox.adapter.js';
import { createTwilioAdapter } from '../channels/sms-twilio/twilio.adapter.js';
import type { Config } from '../config/config.js';

export function createChannels(config: Config): ChannelRegistry {
  return {
    sms: config.twilioEnabled
      ? createTwilioAdapter({
          accountSid: config.TWILIO_ACCOUNT_SID!,
          authToken: config.TWILIO_AUTH_TOKEN!,
          ...(config.TWILIO_FROM ? { from: config.TWILIO_FROM } : {}),
          ...(config.TWILIO_MESSAGING_SERVICE_SID ? { messagingServiceSid: config.TWILIO_MESSAGING_SERVICE_SID } : {}),
          ...(config.TWILIO_API_BASE_URL ? { apiBaseUrl: config.TWILIO_API_BASE_URL } : {}),
        })
      : createOutboxAdapter('sms'),
    email: config.smtpEnabled ? createSmtpAdapter({ url: config.SMTP_URL!, from: config.MAIL_FROM ?? `Pols <pols@${config.INBOUND_MAIL_DOMAIN}>` }) : createOutboxAdapter('email'),
    push: createOutboxAdapter('push'),
  };
}
