// The inbound SMS webhook is authenticated, idempotent and strict about its input.
import { and, eq } from 'drizzle-orm';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, clientChannelStates, inboundReceipts, messages } from '../../src/db/schema/index.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { messageSid, postTwilio, type SignatureMode } from '../support/twilio-webhook.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueEmail, uniqueMobile, waitFor, waitForSent, twilioEnv } from '../support/harness.js';

let fake: FakeTwilio;
let pols: Pols;

beforeAll(async () => {
  fake = await startFakeTwilio();
  pols = await startPols({ env: { ...twilioEnv(fake, '+3197010000002') } });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});

const sid = messageSid;

const post = (params: Record<string, string>, signature: SignatureMode = 'good', path = '/v1/webhooks/twilio/sms') => postTwilio(pols, fake.authToken, params, { path, signature });

async function openCheckin() {
  const coach = await createCoach(pols);
  const key = await createScaleQuestion(pols);
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true } });
  await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
  await waitFor(() => fake.messages.find((m) => m.to === phone), 'question sms');
  await waitForSent(pols, client.id);
  return { client, phone };
}

const answersOf = (clientId: string) => pols.runtime.ctx.db.select().from(answers).where(eq(answers.clientId, clientId));

describe('POST /v1/webhooks/twilio/sms', () => {
  it.each(['forged', 'missing'] as const)('refuses a %s signature with 403 and stores nothing', async (kind) => {
    const { client, phone } = await openCheckin();
    const messageSid = sid();
    const res = await post({ MessageSid: messageSid, From: phone, Body: '4' }, kind);
    expect(res.statusCode).toBe(403);
    expect(await answersOf(client.id)).toHaveLength(0);
    expect(await pols.runtime.ctx.db.select().from(inboundReceipts).where(eq(inboundReceipts.providerMessageId, messageSid))).toHaveLength(0);
  });

  it('refuses a signature made for other parameters', async () => {
    const { client, phone } = await openCheckin();
    const params = { MessageSid: sid(), From: phone, Body: '4' };
    const signature = twilio.getExpectedTwilioSignature(fake.authToken, 'https://pols.test/v1/webhooks/twilio/sms', { ...params, Body: '1' });
    const res = await pols.runtime.app!.inject({
      method: 'POST', url: '/v1/webhooks/twilio/sms',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      payload: new URLSearchParams(params).toString(),
    });
    expect(res.statusCode).toBe(403);
    expect(await answersOf(client.id)).toHaveLength(0);
  });

  it('stores the same MessageSid once', async () => {
    const { client, phone } = await openCheckin();
    const params = { MessageSid: sid(), From: phone, Body: '5' };
    const [a, b] = await Promise.all([post(params), post(params)]);
    const c = await post(params);
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([200, 200, 200]);
    const stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.value).toBe(5);
  });

  it('answers 200 to an unknown number, stores no answer and logs without the number', async () => {
    const stranger = uniqueMobile();
    const messageSid = sid();
    const res = await post({ MessageSid: messageSid, From: stranger, Body: 'wie is dit?' });
    expect(res.statusCode).toBe(200);
    expect(await pols.runtime.ctx.db.select().from(answers).where(eq(answers.providerMessageId, messageSid))).toHaveLength(0);
    const logged = pols.logs.lines.filter((l) => l.includes('unknown sender'));
    expect(logged.length).toBeGreaterThan(0);
    expect(pols.logs.text()).not.toContain(stranger);
    expect(pols.logs.text()).not.toContain(stranger.slice(3));
  });

  it.each([
    ['no MessageSid', { From: '+31612345678', Body: 'x' }, 'MessageSid'],
    ['a malformed MessageSid', { MessageSid: 'hello', From: '+31612345678', Body: 'x' }, 'MessageSid'],
    ['no From', { MessageSid: sid(), Body: 'x' }, 'From'],
  ])('rejects a signed body with %s as 400 naming the field', async (_name, params, field) => {
    const res = await post(params as Record<string, string>);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(field);
  });

  it.each([
    ['broken JSON', 'application/json', '{"MessageSid":'],
    ['an XML body', 'application/xml', '<MessageSid>SM1</MessageSid>'],
  ])('rejects %s with a 4xx that says what is wrong, storing nothing', async (_name, type, payload) => {
    const before = (await pols.runtime.ctx.db.select().from(answers)).length;
    const res = await pols.runtime.app!.inject({ method: 'POST', url: '/v1/webhooks/twilio/sms', headers: { 'content-type': type }, payload });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().message).toMatch(/JSON|content type|Content-Type|body/i);
    expect((await pols.runtime.ctx.db.select().from(answers)).length).toBe(before);
  });
});

describe('POST /v1/webhooks/twilio/status', () => {
  it('moves a sent message to delivered and never back', async () => {
    const { client } = await openCheckin();
    const timeline = (await pols.call('GET', `/v1/clients/${client.id}/timeline`)).json();
    const sent = timeline.events.find((e: { type: string }) => e.type === 'checkin_sent');
    const providerSid = fake.messages.at(-1)!.sid;
    expect((await post({ MessageSid: providerSid, MessageStatus: 'delivered' }, 'good', '/v1/webhooks/twilio/status')).statusCode).toBe(204);
    expect((await post({ MessageSid: providerSid, MessageStatus: 'sent' }, 'good', '/v1/webhooks/twilio/status')).statusCode).toBe(204);
    expect((await post({ MessageSid: providerSid, MessageStatus: 'delivered' }, 'forged', '/v1/webhooks/twilio/status')).statusCode).toBe(403);
    const after = (await pols.call('GET', `/v1/clients/${client.id}/timeline`)).json();
    const message = after.events.find((e: { messageId?: string }) => e.messageId === sent.messageId);
    expect(message.status).toBe('delivered');
  });
});

describe('POST /v1/webhooks/twilio/status with an error code', () => {
  const db = () => pols.runtime.ctx.db;
  const postStatus = (params: Record<string, string>) => post(params, 'good', '/v1/webhooks/twilio/status');
  const smsState = async (clientId: string) =>
    (await db().select().from(clientChannelStates).where(and(eq(clientChannelStates.clientId, clientId), eq(clientChannelStates.channel, 'sms'))))[0];

  /** A client reachable by SMS and e-mail, asked by SMS, with the question handed to the fake Twilio. */
  async function askBySmsWithEmailFallback() {
    const coach = await createCoach(pols);
    const key = await createScaleQuestion(pols);
    const phone = uniqueMobile();
    const client = await createClient(pols, { firstName: 'Nicole', phone, email: uniqueEmail('nicole'), coachId: coach.id, consent: { sms: true, email: true }, channels: ['sms', 'email'] });
    const asked = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(asked.statusCode, asked.body).toBe(202);
    const sms = await waitFor(() => fake.messages.find((m) => m.to === phone), 'question sms');
    await waitForSent(pols, client.id);
    const [question] = await db().select().from(messages).where(eq(messages.providerMessageId, sms.sid));
    return { client, checkinId: asked.json().id as string, providerSid: sms.sid, questionId: question!.id };
  }

  it.each([
    ['undelivered', '30006'],
    ['failed', '21211'],
  ])('%s with the permanent error %s marks SMS unusable, falls back to e-mail and shows message_failed', async (status, code) => {
    const { client, checkinId, providerSid, questionId } = await askBySmsWithEmailFallback();
    expect((await postStatus({ MessageSid: providerSid, MessageStatus: status, ErrorCode: code })).statusCode).toBe(204);

    const [question] = await db().select().from(messages).where(eq(messages.id, questionId));
    expect(question).toMatchObject({ status, error: expect.stringContaining(code) });
    const state = await smsState(client.id);
    expect(state?.unusableAt).toBeInstanceOf(Date);
    expect(state?.reason).toContain(code);

    // The open check-in is asked again by e-mail (the local outbox here), and that e-mail goes out.
    const fallback = await waitFor(
      async () => (await db().select().from(messages).where(and(eq(messages.checkinId, checkinId), eq(messages.channel, 'email')))).find((m) => m.status === 'sent'),
      'the e-mail fallback sent',
    );
    expect(fallback).toMatchObject({ kind: 'question', itemPosition: 0, clientId: client.id });

    const timeline = (await pols.call('GET', `/v1/clients/${client.id}/timeline`)).json();
    expect(timeline.events).toContainEqual(expect.objectContaining({ type: 'message_failed', messageId: questionId, channel: 'sms', status, error: expect.stringContaining(code) }));
    expect(timeline.events).toContainEqual(expect.objectContaining({ type: 'checkin_sent', messageId: fallback.id, channel: 'email' }));

    // SMS is no longer offered for this client.
    const bySms = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [await createScaleQuestion(pols)], channel: 'sms' } });
    expect(bySms.statusCode).toBe(409);
    expect(bySms.json().message).toContain('channel sms cannot reach this client');
  });

  it('undelivered with a transient error (30003, handset off) keeps SMS usable', async () => {
    const { client, providerSid, questionId } = await askBySmsWithEmailFallback();
    expect((await postStatus({ MessageSid: providerSid, MessageStatus: 'undelivered', ErrorCode: '30003' })).statusCode).toBe(204);
    const [question] = await db().select().from(messages).where(eq(messages.id, questionId));
    expect(question).toMatchObject({ status: 'undelivered', error: expect.stringContaining('30003') });
    expect((await smsState(client.id))?.unusableAt ?? null).toBeNull();

    // The handset may be back tomorrow: SMS is still offered for this client.
    const next = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [await createScaleQuestion(pols)], channel: 'sms' } });
    expect(next.statusCode, next.body).toBe(202);
    const [nextMessage] = await waitFor(async () => {
      const rows = await db().select().from(messages).where(eq(messages.checkinId, next.json().id));
      return rows.length ? rows : null;
    }, 'the next check-in message');
    expect(nextMessage!.channel).toBe('sms');
  });
});
