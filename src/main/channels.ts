// Chooses a real provider per channel when its credentials are set, the local outbox otherwise.
import type { Agent } from 'node:https';
import { answerPageUrl, linkSettingsOf } from '../app/answer-links/link-settings.js';
import { pushSubscriptionStore } from '../app/push/push-subscriptions.js';
import type { ChannelAdapter, ChannelRegistry } from '../channels/channel.js';
import { createSmtpAdapter } from '../channels/email-smtp/smtp.adapter.js';
import { createOutboxAdapter } from '../channels/outbox/outbox.adapter.js';
import { vapidKeysFor } from '../channels/push-web/vapid-keys.js';
import { createWebPushAdapter } from '../channels/push-web/web-push.adapter.js';
import { createTwilioAdapter } from '../channels/sms-twilio/twilio.adapter.js';
import type { Config } from '../config/config.js';
import type { Db } from '../db/client.js';

export function createChannels(config: Config, db: Db): ChannelRegistry {
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
    push: createPushAdapter(config, db),
  };
}

/** Web push with configured (or development) VAPID keys; the outbox in production without keys.
 * Tests pass an https agent that trusts their local push service. */
export function createPushAdapter(config: Config, db: Db, options: { agent?: Agent } = {}): ChannelAdapter {
  const vapid = vapidKeysFor(config);
  if (!vapid) return createOutboxAdapter('push');
  const links = linkSettingsOf(config);
  return createWebPushAdapter({
    vapid,
    store: pushSubscriptionStore(db),
    pageUrl: (clientId) => answerPageUrl(links, clientId, new Date()),
    ...(options.agent ? { agent: options.agent } : {}),
  });
}
