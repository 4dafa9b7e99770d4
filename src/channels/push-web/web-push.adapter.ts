// Web push (RFC 8030/8291 with VAPID) through the web-push library. `to` is the client id: the message
// goes to every live subscription of that client; gone subscriptions (404/410) are marked expired.
import { createHash } from 'node:crypto';
import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { ChannelAdapter, OutboundMessage, SendResult } from '../channel.js';
import { ChannelError } from '../channel.js';
import type { VapidKeys } from './vapid-keys.js';

export interface StoredSubscription {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushSubscriptionStore {
  live(clientId: string): Promise<StoredSubscription[]>;
  expire(id: string, at: Date): Promise<void>;
  delivered(id: string, at: Date): Promise<void>;
}

export interface WebPushSettings {
  vapid: VapidKeys;
  store: PushSubscriptionStore;
  /** The answer page of a client, opened when the notification is tapped. */
  pageUrl(clientId: string): string;
  /** Tests pass an agent that trusts a local push service's certificate (web-push always uses HTTPS). */
  agent?: Agent;
  ttlSeconds?: number;
  timeoutMs?: number;
  now?: () => Date;
  close?: () => Promise<void>;
}

type Outcome = 'sent' | 'gone' | 'transient' | 'rejected';

export function createWebPushAdapter(settings: WebPushSettings): ChannelAdapter {
  const now = settings.now ?? (() => new Date());
  return {
    channel: 'push',
    provider: 'webpush',
    async send(message: OutboundMessage): Promise<SendResult> {
      const subscriptions = await settings.store.live(message.to);
      if (subscriptions.length === 0) throw new ChannelError('no live push subscription', 'permanent', { addressUnusable: true });
      const payload = JSON.stringify({ title: message.subject ?? 'Pols', body: message.text, url: `${settings.pageUrl(message.to)}#vraag` });
      let retryAfterMs: number | undefined;
      const outcomes = await Promise.all(
        subscriptions.map(async (sub): Promise<Outcome> => {
          try {
            await webpush.sendNotification({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, payload, {
              vapidDetails: settings.vapid,
              TTL: settings.ttlSeconds ?? 86_400,
              contentEncoding: 'aes128gcm',
              urgency: 'normal',
              // Same topic for the same message: a push service replaces an undelivered copy instead of showing two.
              topic: createHash('sha256').update(message.messageId).digest('base64url').slice(0, 32),
              timeout: settings.timeoutMs ?? 10_000,
              ...(settings.agent ? { agent: settings.agent } : {}),
            });
            await settings.store.delivered(sub.id, now());
            return 'sent';
          } catch (error) {
            const status = (error as { statusCode?: number }).statusCode;
            if (status === 404 || status === 410) {
              await settings.store.expire(sub.id, now());
              return 'gone';
            }
            if (status === 429 || (status !== undefined && status >= 500) || (status === undefined && isNetworkError(error))) {
              retryAfterMs ??= retryAfter((error as { headers?: Record<string, string> }).headers?.['retry-after']);
              return 'transient';
            }
            return 'rejected';
          }
        }),
      );
      const count = (o: Outcome) => outcomes.filter((x) => x === o).length;
      if (count('sent') > 0) return { provider: 'webpush', providerMessageId: `webpush-${message.messageId}` };
      const summary = `push to ${subscriptions.length} subscription(s): ${count('gone')} gone, ${count('transient')} busy or unreachable, ${count('rejected')} rejected`;
      if (count('transient') > 0) throw new ChannelError(summary, 'transient', retryAfterMs !== undefined ? { retryAfterMs } : {});
      throw new ChannelError(summary, 'permanent', { addressUnusable: count('gone') === subscriptions.length });
    },
    close: settings.close,
  };
}

/** No answer from the push service (refused, reset, timed out); anything else without a status is our own bad input. */
function isNetworkError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return typeof e.code === 'string' || e.message === 'Socket timeout';
}

function retryAfter(header: string | undefined): number | undefined {
  const seconds = header ? Number(header) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 3_600) * 1000 : undefined;
}
