// Inbound e-mail over HTTP: raw MIME from real mail clients, authenticated by a shared bearer secret.
// Replies are recorded against their check-in; bounces and automatic replies never become answers.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, checkins, clientChannelStates, messages } from '../../src/db/schema/index.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueEmail, uniqueMobile, waitFor } from '../support/harness.js';

const SECRET = 'inbound-mail-secret-0123456789';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/mail');

let pols: Pols;
let questionKey: string;
beforeAll(async () => {
  pols = await startPols({ env: { INBOUND_EMAIL_WEBHOOK_SECRET: SECRET, INBOUND_MAIL_DOMAIN: 'pols.test' } });
  questionKey = await createScaleQuestion(pols);
});
afterAll(async () => pols?.close());

const db = () => pols.runtime.ctx.db;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A fixture's bytes with its reply token, addresses and Message-ID swapped for this run's (the database outlives a run). */
function fixture(file: string, swaps: Record<string, string> = {}): Buffer {
  let raw = readFileSync(join(FIXTURES, file), 'latin1');
  for (const [from, to] of Object.entries(swaps)) raw = raw.replace(new RegExp(escapeRegExp(from), 'gi'), to);
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const headers = raw.slice(0, headerEnd).replace(/^(Message-I[Dd]:\s*)<[^>]+>/im, `$1<${randomBytes(8).toString('hex')}@mail.example.test>`);
  return Buffer.from(headers + raw.slice(headerEnd), 'latin1');
}

function post(body: string | Buffer, options: { auth?: string | null; type?: string } = {}) {
  const auth = options.auth === undefined ? `Bearer ${SECRET}` : options.auth;
  return pols.runtime.app!.inject({
    method: 'POST',
    url: '/v1/webhooks/email',
    headers: { 'content-type': options.type ?? 'message/rfc822', ...(auth ? { authorization: auth } : {}) },
    payload: body,
  });
}

/** A client asked by e-mail, with the check-in open (sent to the local outbox). */
async function emailClient(extra: Record<string, unknown> = {}) {
  const coach = await createCoach(pols);
  const email = uniqueEmail('client');
  const client = await createClient(pols, { firstName: 'Lisa', email, coachId: coach.id, consent: { email: true }, ...extra });
  const asked = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [questionKey], channel: 'email' } });
  expect(asked.statusCode).toBe(202);
  const checkin = await waitFor(async () => {
    const [row] = await db().select().from(checkins).where(eq(checkins.id, asked.json().id));
    return row?.state === 'open' ? row : null;
  }, 'the e-mail check-in to be sent');
  const [question] = await db().select().from(messages).where(eq(messages.checkinId, checkin.id));
  return { client, email, checkin, questionMessageId: question!.id };
}

const answersOf = (clientId: string) => db().select().from(answers).where(eq(answers.clientId, clientId));

describe('POST /v1/webhooks/email authentication', () => {
  it.each([
    ['no Authorization header', null],
    ['a wrong secret', 'Bearer not-the-secret-0123456789'],
    ['the secret as Basic auth', `Basic ${SECRET}`],
    ['the secret with a suffix', `Bearer ${SECRET}x`],
  ])('refuses %s with 403 and stores nothing', async (_name, auth) => {
    const { client, checkin } = await emailClient();
    const res = await post(fixture('gmail-nl-wrapped.eml', { k3x9p2m7q8r4t6v1w5y0: checkin.replyToken }), { auth });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toContain('secret');
    expect(await answersOf(client.id)).toHaveLength(0);
  });

  it('is off (404) while no secret is configured', async () => {
    const off = await startPols({ workers: false });
    try {
      const res = await off.runtime.app!.inject({ method: 'POST', url: '/v1/webhooks/email', headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${SECRET}` }, payload: 'x' });
      expect(res.statusCode).toBe(404);
    } finally {
      await off.close();
    }
  });

  it('rejects an empty body, a JSON body and more than 10 MB with a clear 4xx', async () => {
    expect((await post('')).statusCode).toBe(400);
    const json = await post(JSON.stringify({ raw: 'x' }), { type: 'application/json' });
    expect(json.statusCode).toBe(400);
    expect(json.json().message).toContain('raw MIME');
    const huge = await post(Buffer.alloc(10 * 1_048_576 + 1, 'a'));
    expect(huge.statusCode).toBe(413);
    expect((await post('x', { type: 'application/pdf' })).statusCode).toBe(415);
  });
});

describe('replies from real mail clients', () => {
  it.each([
    ['gmail-nl-wrapped.eml', 'k3x9p2m7q8r4t6v1w5y0', 'Gaat wel, maar geen oppas dinsdag'],
    ['outlook-nl-qp.eml', '9f2c7a1e5b3d8h4j', 'Het gaat redelijk, maar de financiële zorgen blijven. Ik heb volgende week een afspraak bij de schuldhulpverlening.\n\nGroet, Jan'],
    ['outlook-en-original-message.eml', 'a8b7c6d5e4f3g2h1j0k9', '4'],
    ['outlook-html-only.eml', 'm4n5p6q7r8s9t0u1', 'Gaat wel, maar geen oppas dinsdag\nCafé op de hoek helpt wel een beetje & de buren ook.'],
    ['outlook-android-nl-oorspronkelijk.eml', 'f7a8t9i0m1a2y3i4', 'Slecht geslapen. Ik bel morgen even.'],
    ['samsung-nl.eml', 's2a3m4s5u6n7g8g9', '4'],
    ['apple-iphone-nl.eml', 'i9p8h7o6n5e4a3b2', 'Gaat wel, maar geen oppas dinsdag'],
    ['apple-mail-mac-nl.eml', 'MAC0mail1test2abc', 'Ik heb een sollicitatiegesprek gehad.\nSpannend!'],
    ['thunderbird-bottom-post.eml', 't1b2o3t4t5o6m7p8', 'Beter dan vorige week.\nDe fysio helpt.'],
    ['base64-utf8-emoji.eml', 'b6e4s6e4u8t8f8e8m0j1', 'Het gaat goed 😊 Ik heb een nieuwe baan als kapper in Zoetermeer.\nÉén dag per week werk ik thuis, de crèche is geregeld.'],
  ])('records %s as an answer to its check-in', async (file, token, text) => {
    const { client, checkin } = await emailClient();
    const res = await post(fixture(file, { [token]: checkin.replyToken }));
    expect(res.statusCode).toBe(200);
    expect(res.json().outcome).toBe('recorded');
    const stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: res.json().answerId, checkinId: checkin.id, channel: 'email', rawText: text });
  });

  it('accepts text/plain, stores a resent mail once and ignores an unknown token', async () => {
    const { client, checkin } = await emailClient();
    const raw = fixture('gmail-nl-wrapped.eml', { k3x9p2m7q8r4t6v1w5y0: checkin.replyToken });
    expect((await post(raw, { type: 'text/plain' })).json()).toMatchObject({ outcome: 'recorded' });
    expect((await post(raw)).json()).toEqual({ outcome: 'duplicate' });
    expect((await post(fixture('gmail-nl-wrapped.eml'))).json()).toEqual({ outcome: 'unmatched' });
    expect(await answersOf(client.id)).toHaveLength(1);
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`)).json();
    expect(profile.traits.wellbeing.value).toBe(3);
    expect(profile.traits['barrier.childcare'].value).toBe(true);
  });
});

describe('replies matched by In-Reply-To', () => {
  // The provider rewrote the recipient: no reply+<token> address is left, only the thread headers.
  const rewritten = (questionRef: string) => ({ 'reply+k3x9p2m7q8r4t6v1w5y0@pols.test': 'sanne-coach@inbound.provider.example', 'reply%2Bk3x9p2m7q8r4t6v1w5y0@pols.test': 'sanne-coach@inbound.provider.example', 'checkin.01JD3Q4X5Y6Z7A8B9C@pols.test': questionRef });

  it('records a reply whose To has no reply token through the In-Reply-To of our question e-mail', async () => {
    const { client, checkin, questionMessageId } = await emailClient();
    const raw = fixture('gmail-nl-wrapped.eml', rewritten(`${questionMessageId}@pols.test`));
    expect(raw.toString('latin1')).not.toContain('reply+');
    const res = await post(raw);
    expect(res.statusCode).toBe(200);
    expect(res.json().outcome).toBe('recorded');
    const stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: res.json().answerId, checkinId: checkin.id, channel: 'email', rawText: 'Gaat wel, maar geen oppas dinsdag' });
    const [row] = await db().select().from(checkins).where(eq(checkins.id, checkin.id));
    expect(row!.state).toBe('answered');
  });

  it.each([
    ['a Message-ID Pols never sent', () => `${randomUUID()}@pols.test`],
    ['a UUID-shaped id Postgres cannot read', () => `${'0123456789abcdef'.repeat(2)}abcd@pols.test`],
    ['a foreign Message-ID', () => `CAF+${randomBytes(6).toString('hex')}@mail.gmail.com`],
  ])('answers 200 unmatched to an In-Reply-To with %s and stores nothing', async (_name, ref) => {
    const { client } = await emailClient();
    const res = await post(fixture('gmail-nl-wrapped.eml', rewritten(ref())));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ outcome: 'unmatched' });
    expect(await answersOf(client.id)).toHaveLength(0);
  });
});

describe('bounces and automatic replies', () => {
  it.each([
    ['exchange-ooo-nl.eml', 'o0o1f2f3i4c5e6x7'],
    ['gmail-vacation.eml', null],
  ])('ignores the automatic reply %s', async (file, token) => {
    const { client, checkin } = await emailClient();
    const res = await post(fixture(file, token ? { [token]: checkin.replyToken } : {}));
    expect(res.json()).toEqual({ outcome: 'ignored', kind: 'auto_reply' });
    expect(await answersOf(client.id)).toHaveLength(0);
    const [row] = await db().select().from(checkins).where(eq(checkins.id, checkin.id));
    expect(row!.state).toBe('open');
  });

  it('marks the address unusable after a hard bounce and falls back to SMS', async () => {
    const { client, email, checkin, questionMessageId } = await emailClient({ phone: uniqueMobile(), consent: { email: true, sms: true }, channels: ['email', 'sms'] });
    const res = await post(fixture('bounce-postfix-hard.eml', { 'onbekend@example.nl': email, 'checkin.01JD3QE9T0U1V2W3X4@pols.test': `${questionMessageId}@pols.test` }));
    expect(res.json()).toEqual({ outcome: 'ignored', kind: 'bounce' });
    expect(await answersOf(client.id)).toHaveLength(0);
    const [state] = await db().select().from(clientChannelStates).where(and(eq(clientChannelStates.clientId, client.id), eq(clientChannelStates.channel, 'email')));
    expect(state!.unusableAt).toBeInstanceOf(Date);
    expect(state!.reason).toContain('5.1.1');
    const [original] = await db().select().from(messages).where(eq(messages.id, questionMessageId));
    expect(original!.status).toBe('failed');
    const fallback = await waitFor(async () => (await db().select().from(messages).where(and(eq(messages.checkinId, checkin.id), eq(messages.channel, 'sms'))))[0], 'the SMS fallback');
    expect(fallback.kind).toBe('question');
  });

  it('still marks the address unusable when the returned Message-ID only looks like ours', async () => {
    const { client, email } = await emailClient();
    const res = await post(fixture('bounce-postfix-hard.eml', { 'onbekend@example.nl': email, 'checkin.01JD3QE9T0U1V2W3X4@pols.test': `${'0123456789abcdef'.repeat(2)}abcd@pols.test` }));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ outcome: 'ignored', kind: 'bounce' });
    const [state] = await db().select().from(clientChannelStates).where(and(eq(clientChannelStates.clientId, client.id), eq(clientChannelStates.channel, 'email')));
    expect(state?.unusableAt).toBeInstanceOf(Date);
  });

  it('marks the address unusable after an Exchange "onbestelbaar" report, but not after a soft bounce', async () => {
    const hard = await emailClient();
    const soft = await emailClient();
    expect((await post(fixture('bounce-exchange-onbestelbaar.eml', { 'j.devries@zorggroep-voorbeeld.nl': hard.email }))).json()).toEqual({ outcome: 'ignored', kind: 'bounce' });
    expect((await post(fixture('bounce-soft-mailbox-full.eml', { 'vol@example.nl': soft.email }))).json()).toEqual({ outcome: 'ignored', kind: 'bounce' });
    const stateOf = async (clientId: string) => (await db().select().from(clientChannelStates).where(and(eq(clientChannelStates.clientId, clientId), eq(clientChannelStates.channel, 'email'))))[0];
    expect((await stateOf(hard.client.id))?.unusableAt).toBeInstanceOf(Date);
    expect((await stateOf(soft.client.id))?.unusableAt ?? null).toBeNull();
    expect(await answersOf(hard.client.id)).toHaveLength(0);
    expect(await answersOf(soft.client.id)).toHaveLength(0);
  });

  it('keeps addresses and answer texts out of the logs', async () => {
    const { email, checkin } = await emailClient();
    await post(fixture('apple-iphone-nl.eml', { i9p8h7o6n5e4a3b2: checkin.replyToken }));
    const logs = pols.logs.text();
    expect(logs).not.toContain(email);
    expect(logs).not.toContain('lisa.jansen@icloud.com');
    expect(logs).not.toContain('geen oppas');
    expect(logs).not.toContain(SECRET);
  });
});
