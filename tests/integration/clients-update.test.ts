// A coach changes a client's details: what changes for the channels, what is never overridden (an
// opt-out), what is never sent to an old number, and how the next planned check-ins follow.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverMessage } from '../../src/app/messages/deliver-message.js';
import { planSchedules } from '../../src/app/schedules/plan-schedules.js';
import { auditLog, checkins, clientChannelStates, messages } from '../../src/db/schema/index.js';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, twilioEnv, uniqueEmail, uniqueMobile } from '../support/harness.js';
import { messageSid, postTwilio } from '../support/twilio-webhook.js';

let fake: FakeTwilio;
let pols: Pols;
let clock = new Date('2026-11-23T06:00:00Z'); // Monday 07:00 in Amsterdam

beforeAll(async () => {
  fake = await startFakeTwilio();
  pols = await startPols({ workers: false, now: () => clock, env: { ...twilioEnv(fake, '+3197010000009') } });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});
beforeEach(() => {
  clock = new Date('2026-11-23T06:00:00Z');
});

const db = () => pols.runtime.ctx.db;
const messagesOf = (clientId: string) => db().select().from(messages).where(eq(messages.clientId, clientId)).orderBy(messages.createdAt);
const sentTo = (phone: string) => fake.messages.filter((m) => m.to === phone);
async function deliverQueued(clientId: string) {
  for (const m of await messagesOf(clientId)) if (m.status === 'queued') await deliverMessage(pols.runtime.ctx, m.id);
}

async function smsClient(extra: Record<string, unknown> = {}) {
  const coach = await createCoach(pols);
  const key = await createScaleQuestion(pols);
  const phone = uniqueMobile();
  const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true }, ...extra });
  return { coach, key, phone, client };
}
const patch = (id: string, body: unknown, token?: string) => pols.call('PATCH', `/v1/clients/${id}`, { body, ...(token ? { token } : {}) });

describe('PATCH /v1/clients/:id', () => {
  it('makes SMS usable again with a new number, and asks on the new number', async () => {
    const { coach, key, phone, client } = await smsClient();
    fake.failNext({ status: 400, code: 21614 }); // a landline: SMS unusable
    await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
    await deliverQueued(client.id);
    expect((await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key], channel: 'sms' } })).statusCode).toBe(409);
    const reach = () => pols.call('GET', `/v1/clients/${client.id}`, { token: coach.token }).then((r) => r.json().reach);
    expect(await reach()).toEqual({ sms: 'unusable', email: 'no_consent', push: 'no_consent' });

    const mobile = uniqueMobile();
    const res = await patch(client.id, { phone: mobile.replace('+31', '0') }, coach.token);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().phone).toBe(mobile);
    const [state] = await db().select().from(clientChannelStates).where(and(eq(clientChannelStates.clientId, client.id), eq(clientChannelStates.channel, 'sms')));
    expect(state!.unusableAt).toBeNull();
    expect((await reach()).sms).toBe('reachable');

    expect((await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key], channel: 'sms' } })).statusCode).toBe(202);
    await deliverQueued(client.id);
    expect(sentTo(mobile)).toHaveLength(1);
    expect(sentTo(phone)).toHaveLength(0);
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.entityId, client.id), eq(auditLog.action, 'client.update')));
    expect(audit!.details).toEqual({ fields: ['phone'] });
  });

  it('never lifts an opt-out: only the client does, with START', async () => {
    const { coach, key, phone, client } = await smsClient();
    await postTwilio(pols, fake.authToken, { MessageSid: messageSid(), From: phone, Body: 'stoppen' });
    expect((await patch(client.id, { phone: uniqueMobile(), consent: { sms: true } }, coach.token)).statusCode).toBe(200);
    const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
    expect(asked.statusCode).toBe(409);
    expect((await pols.call('GET', `/v1/clients/${client.id}`, { token: coach.token })).json().reach.sms).toBe('opted_out');
    expect((await patch(client.id, { email: uniqueEmail('nicole') }, coach.token)).json()).not.toHaveProperty('reach');
    expect((await pols.call('GET', `/v1/clients/${client.id}`, { token: coach.token })).json().reach.email).toBe('no_consent');
  });

  it('never sends a queued message to the old number, nor a question without consent', async () => {
    const { coach, key, phone, client } = await smsClient({ email: uniqueEmail('nicole'), consent: { sms: true, email: true } });
    await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key], channel: 'sms' } });
    const mobile = uniqueMobile();
    expect((await patch(client.id, { phone: mobile }, coach.token)).statusCode).toBe(200);
    await deliverQueued(client.id);
    expect(sentTo(phone)).toHaveLength(0);
    expect(sentTo(mobile)).toHaveLength(0);
    expect((await messagesOf(client.id))[0]).toMatchObject({ status: 'skipped', error: 'address changed' });

    const other = await smsClient();
    await pols.call('POST', '/v1/checkins', { token: other.coach.token, body: { clientId: other.client.id, questionKeys: [other.key] } });
    expect((await patch(other.client.id, { consent: { sms: false } }, other.coach.token)).statusCode).toBe(200);
    await deliverQueued(other.client.id);
    expect(sentTo(other.phone)).toHaveLength(0);
    expect((await messagesOf(other.client.id))[0]).toMatchObject({ status: 'skipped', error: 'no consent' });
  });

  it('plans the coming check-ins again in the new time zone', async () => {
    const { client, key } = await smsClient();
    const schedule = await pols.call('POST', '/v1/schedules', { body: { name: 'Dagelijks', questionKeys: [key], rrule: 'FREQ=DAILY;BYHOUR=9;BYMINUTE=0', audience: { clientIds: [client.id] } } });
    expect(schedule.statusCode, schedule.body).toBe(201);
    await planSchedules(pols.runtime.ctx);
    const due = async () => (await db().select().from(checkins).where(eq(checkins.clientId, client.id)).orderBy(checkins.dueAt)).map((c) => c.dueAt.toISOString());
    expect(await due()).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z']);

    expect((await patch(client.id, { timezone: 'Europe/London' })).statusCode).toBe(200);
    await planSchedules(pols.runtime.ctx);
    expect(await due()).toEqual(['2026-11-23T09:00:00.000Z', '2026-11-24T09:00:00.000Z']);
  });

  it('lets only the operator move a client to another coach', async () => {
    const { coach, client } = await smsClient();
    const other = await createCoach(pols, 'Joris');
    const byCoach = await patch(client.id, { coachId: other.id }, coach.token);
    expect(byCoach.statusCode).toBe(400);
    expect(byCoach.json().message).toContain('only the operator');
    expect((await patch(client.id, { coachId: other.id })).statusCode).toBe(200);
    expect((await pols.call('GET', `/v1/clients/${client.id}`, { token: coach.token })).statusCode).toBe(404);
    expect((await pols.call('GET', `/v1/clients/${client.id}`, { token: other.token })).statusCode).toBe(200);
    expect((await patch(client.id, { firstName: 'Nina' }, coach.token)).statusCode).toBe(404);
  });

  it.each([
    ['an empty body', {}, 'nothing to change'],
    ['an unknown field', { shoeSize: 42 }, 'shoeSize'],
    ['a phone number that is none', { phone: '12345678' }, 'phone'],
    ['an unknown time zone', { timezone: 'Mars/Olympus' }, 'timezone'],
    ['a bad e-mail address', { email: 'nicole@' }, 'email'],
  ])('rejects %s with a 400 naming the problem', async (_name, body, problem) => {
    const { coach, client } = await smsClient();
    const res = await patch(client.id, body, coach.token);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(problem);
    const after = (await pols.call('GET', `/v1/clients/${client.id}`, { token: coach.token })).json();
    expect(after.phone).toBe(client.phone);
  });
});
