// Web push end to end: the answer page stores a browser's subscription, "ask now" on push reaches a local
// HTTPS push service as a VAPID-signed, aes128gcm-encrypted message whose URL opens the answer page.
import { and, eq } from 'drizzle-orm';
import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerPageToken, linkSettingsOf } from '../../src/app/answer-links/link-settings.js';
import { clientChannelStates, messages, pushSubscriptions } from '../../src/db/schema/index.js';
import type { ChannelError } from '../../src/channels/channel.js';
import { createWebPushAdapter, type StoredSubscription } from '../../src/channels/push-web/web-push.adapter.js';
import { createPushAdapter } from '../../src/main/channels.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueMobile, waitFor } from '../support/harness.js';
import { type PushEndpoint, startPushEndpoint } from '../support/push-endpoint.js';

const vapid = webpush.generateVAPIDKeys();
let endpoint: PushEndpoint;
let pols: Pols;

beforeAll(async () => {
  endpoint = await startPushEndpoint();
  pols = await startPols({ env: { VAPID_PUBLIC_KEY: vapid.publicKey, VAPID_PRIVATE_KEY: vapid.privateKey, VAPID_SUBJECT: 'mailto:ops@pols.test' } });
  // The same adapter the runtime builds, but trusting the local push service's self-signed certificate.
  const ctx = pols.runtime.ctx;
  await ctx.channels.push?.close?.();
  ctx.channels.push = createPushAdapter(ctx.config, ctx.db, { agent: endpoint.agent });
});
afterAll(async () => {
  await pols?.close();
  await endpoint?.close();
});

async function pushClient() {
  const coach = await createCoach(pols, 'Sanne');
  const key = await createScaleQuestion(pols);
  const client = await createClient(pols, { firstName: 'Nicole', phone: uniqueMobile(), coachId: coach.id, consent: { sms: true, push: true }, channels: ['push', 'sms'] });
  const pagePath = `/p/${answerPageToken(linkSettingsOf(pols.runtime.ctx.config), client.id, new Date())}`;
  return { coach, key, client, pagePath };
}

async function subscribe(pagePath: string) {
  const browser = endpoint.newBrowser();
  const res = await pols.call('POST', `${pagePath}/subscriptions`, { token: null, body: { endpoint: browser.endpoint, expirationTime: null, keys: browser.keys } });
  expect(res.statusCode, res.body).toBe(201);
  return browser;
}

const messagesOf = (checkinId: string) => pols.runtime.ctx.db.select().from(messages).where(eq(messages.checkinId, checkinId));

describe('web push', () => {
  it('delivers a question to every subscribed browser as an encrypted, VAPID-signed push that opens the answer page', async () => {
    const { coach, key, client, pagePath } = await pushClient();
    const browser = await subscribe(pagePath);
    const [stored] = await pols.runtime.ctx.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, browser.endpoint));
    expect(stored).toMatchObject({ clientId: client.id, p256dh: browser.keys.p256dh, auth: browser.keys.auth, expiredAt: null });

    const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key], channel: 'push' } });
    expect(asked.statusCode, asked.body).toBe(202);
    expect(asked.json().channel).toBe('push');

    const push = await waitFor(() => endpoint.received.find((r) => r.id === browser.id), 'the push at the push service');
    expect(endpoint.refused).toEqual([]);
    expect(push.vapidPublicKey).toBe(vapid.publicKey);
    expect(push.claims).toMatchObject({ aud: endpoint.origin, sub: 'mailto:ops@pols.test' });
    expect(push.ttl).toBeGreaterThan(0);
    expect(push.payload.title).toBe('Hoe gaat het met je?');
    expect(push.payload.body).toContain('Hallo Nicole,');
    expect(push.payload.body).toContain('Hoe gaat het met je?');
    expect(push.payload.url).toMatch(/^https:\/\/pols\.test\/p\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+#vraag$/);

    const [message] = await waitFor(async () => {
      const rows = await messagesOf(asked.json().id);
      return rows[0]?.status === 'sent' ? rows : null;
    }, 'the message marked sent');
    expect(message).toMatchObject({ channel: 'push', provider: 'webpush', toAddress: client.id });
    const [after] = await pols.runtime.ctx.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, stored!.id));
    expect(after!.lastSuccessAt).not.toBeNull();

    // The URL opens this client's page with the open question.
    const page = await pols.call('GET', new URL(push.payload.url).pathname, { token: null });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hoe gaat het met je? Antwoord met een cijfer van 1 tot 5.');
    expect(page.body).toContain('<button type="submit" name="value" value="4">4</button>');
  });

  it('expires a subscription the push service calls gone (410) and falls back to SMS', async () => {
    const { coach, key, client, pagePath } = await pushClient();
    const browser = await subscribe(pagePath);
    endpoint.answer(browser.id, 410);

    const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key], channel: 'push' } });
    expect(asked.statusCode, asked.body).toBe(202);
    const checkinId = asked.json().id;

    const sms = await waitFor(async () => (await messagesOf(checkinId)).find((m) => m.channel === 'sms' && m.status === 'sent'), 'the SMS fallback');
    expect(sms.kind).toBe('question');
    expect(sms.body).toMatch(/\nOf antwoord hier: https:\/\/pols\.test\/p\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+#vraag\nGroet, Sanne \(je coach\)/);
    const push = (await messagesOf(checkinId)).find((m) => m.channel === 'push')!;
    expect(push.status).toBe('failed');
    const [subscription] = await pols.runtime.ctx.db.select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, browser.endpoint));
    expect(subscription!.expiredAt).not.toBeNull();
    const [state] = await pols.runtime.ctx.db
      .select()
      .from(clientChannelStates)
      .where(and(eq(clientChannelStates.clientId, client.id), eq(clientChannelStates.channel, 'push')));
    expect(state!.unusableAt).not.toBeNull();

    // Push now has no address; turning notifications on again makes it usable.
    const refused = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key], channel: 'push' } });
    expect(refused.statusCode).toBe(409);
    const again = await subscribe(pagePath);
    const retried = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key], channel: 'push' } });
    expect(retried.statusCode, retried.body).toBe(202);
    await waitFor(() => endpoint.received.find((r) => r.id === again.id), 'the push to the new subscription');
  });

  it('retries when the push service asks to slow down (429)', async () => {
    const { coach, key, client, pagePath } = await pushClient();
    const browser = await subscribe(pagePath);
    endpoint.answer(browser.id, 429);

    const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key], channel: 'push' } });
    await waitFor(() => endpoint.received.find((r) => r.id === browser.id && r.status === 429), 'the first, refused push');
    endpoint.answer(browser.id, 201);

    const [message] = await waitFor(async () => {
      const rows = await messagesOf(asked.json().id);
      return rows[0]?.status === 'sent' ? rows : null;
    }, 'the retried push sent');
    expect(message!.attempts).toBe(2);
    expect((await messagesOf(asked.json().id)).filter((m) => m.channel === 'sms')).toEqual([]);
  });

  it('refuses subscriptions with a forged page token or malformed keys', async () => {
    const { pagePath } = await pushClient();
    const browser = endpoint.newBrowser();
    const forged = await pols.call('POST', `${pagePath.slice(0, -2)}AA/subscriptions`, { token: null, body: browser });
    expect(forged.statusCode).toBe(404);
    const badKey = await pols.call('POST', `${pagePath}/subscriptions`, { token: null, body: { endpoint: browser.endpoint, keys: { p256dh: 'abc', auth: browser.keys.auth } } });
    expect(badKey.statusCode).toBe(400);
    const plainHttp = await pols.call('POST', `${pagePath}/subscriptions`, { token: null, body: { ...browser, endpoint: 'http://push.example/x' } });
    expect(plainHttp.statusCode).toBe(400);
  });
});

describe('web push adapter: push service answers', () => {
  const keys = { subject: 'mailto:ops@pols.test', ...vapid };
  const message = { messageId: '0d8f5a7e-4b1c-4f7e-9a55-2f5b8c1d3e6a', channel: 'push' as const, to: 'client-1', subject: 'Hoe gaat het met je?', text: 'Hallo' };

  async function sendWith(statuses: number[]) {
    const subs: StoredSubscription[] = statuses.map((status) => {
      const browser = endpoint.newBrowser();
      endpoint.answer(browser.id, status);
      return { id: browser.id, endpoint: browser.endpoint, p256dh: browser.keys.p256dh, auth: browser.keys.auth };
    });
    const expired: string[] = [];
    const adapter = createWebPushAdapter({
      vapid: keys,
      agent: endpoint.agent,
      pageUrl: () => 'https://pols.test/p/x',
      store: { live: async () => subs, expire: async (id) => void expired.push(id), delivered: async () => {} },
    });
    const outcome = await adapter.send(message).then(
      (r) => ({ sent: r.provider }),
      (e: ChannelError) => ({ kind: e.kind, addressUnusable: Boolean(e.options.addressUnusable), retryAfterMs: e.options.retryAfterMs }),
    );
    return { outcome, expired: expired.length };
  }

  it.each([
    { statuses: [201], outcome: { sent: 'webpush' }, expired: 0 },
    { statuses: [410, 201], outcome: { sent: 'webpush' }, expired: 1 },
    { statuses: [404], outcome: { kind: 'permanent', addressUnusable: true, retryAfterMs: undefined }, expired: 1 },
    { statuses: [410, 410], outcome: { kind: 'permanent', addressUnusable: true, retryAfterMs: undefined }, expired: 2 },
    { statuses: [429], outcome: { kind: 'transient', addressUnusable: false, retryAfterMs: 1000 }, expired: 0 },
    { statuses: [503, 410], outcome: { kind: 'transient', addressUnusable: false, retryAfterMs: undefined }, expired: 1 },
    { statuses: [400], outcome: { kind: 'permanent', addressUnusable: false, retryAfterMs: undefined }, expired: 0 },
  ])('$statuses → $outcome', async ({ statuses, outcome, expired }) => {
    expect(await sendWith(statuses)).toEqual({ outcome, expired });
    expect(endpoint.refused).toEqual([]);
  });

  it('treats an unreachable push service as transient and no subscription at all as an unusable address', async () => {
    const adapter = (live: StoredSubscription[]) =>
      createWebPushAdapter({ vapid: keys, agent: endpoint.agent, pageUrl: () => '', store: { live: async () => live, expire: async () => {}, delivered: async () => {} } });
    const nowhere = { id: 'x', endpoint: 'https://127.0.0.1:1/push/x', ...endpoint.newBrowser().keys };
    await expect(adapter([nowhere]).send(message)).rejects.toMatchObject({ kind: 'transient' });
    await expect(adapter([]).send(message)).rejects.toMatchObject({ kind: 'permanent', options: { addressUnusable: true } });
  });
});
