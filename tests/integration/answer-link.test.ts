// One-click answers from e-mail: the mail carries a signed link per answer; opening one only shows
// "Je antwoord: 4 — Klopt dit?", and only the POST from that page records the answer, once.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signAnswerLink, verifyAnswerLink } from '../../src/app/answer-links/tokens.js';
import { answers, checkins } from '../../src/db/schema/index.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueEmail, uniqueKey, waitFor } from '../support/harness.js';
import { type SmtpCapture, startSmtpCapture } from '../support/smtp-capture.js';

let outbound: SmtpCapture;
let pols: Pols;

beforeAll(async () => {
  outbound = await startSmtpCapture();
  pols = await startPols({ env: { SMTP_URL: outbound.url, MAIL_FROM: 'Pols <pols@pols.test>' } });
});
afterAll(async () => {
  await pols?.close();
  await outbound?.close();
});

/** Asks a new e-mail client one question (the 1..5 scale unless `key` is given) and returns the links of its e-mail, by label. */
async function askByEmail(locale: 'nl' | 'en' = 'nl', key?: string) {
  const coach = await createCoach(pols, 'Sanne');
  const questionKey = key ?? (await createScaleQuestion(pols));
  const email = uniqueEmail('eric');
  const client = await createClient(pols, { firstName: 'Eric', email, locale, coachId: coach.id, consent: { email: true } });
  const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [questionKey] } });
  expect(asked.statusCode, asked.body).toBe(202);
  const mail = await waitFor(() => outbound.mails.find((m) => m.envelopeTo.includes(email)), 'the e-mail');
  const links = new Map<string, string>();
  for (const [, label, url] of (mail.parsed.text ?? '').matchAll(/^(.+?): (https:\/\/pols\.test\/a\/\S+)$/gm)) links.set(label!, url!);
  // The check-in is open once the send is recorded.
  await waitFor(async () => (await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, asked.json().id)))[0]?.state === 'open', 'the check-in open');
  return { coach, client, checkinId: asked.json().id as string, mail, links, path: (label: string) => new URL(links.get(label)!).pathname };
}

async function createQuestion(body: Record<string, unknown>): Promise<{ key: string; trait: string }> {
  const key = uniqueKey(String(body.type));
  const res = await pols.call('POST', '/v1/questions', { body: { key, trait: key, ...body } });
  expect(res.statusCode, res.body).toBe(201);
  return { key, trait: key };
}

const answersOf = (clientId: string) => pols.runtime.ctx.db.select().from(answers).where(eq(answers.clientId, clientId));

describe('e-mail one-click answers', () => {
  it('mails big accessible buttons and lists the same links in the plain-text part', async () => {
    const { mail, links } = await askByEmail();
    expect([...links.keys()]).toEqual(['1', '2', '3', '4', '5']);
    const html = mail.parsed.html as string;
    for (const [label, url] of links) expect(html).toContain(`href="${url.replace(/&/g, '&amp;')}" aria-label="Antwoord ${label}"`);
    expect(html).toContain('Tik op je antwoord:');
    expect(html).toContain('Open je antwoordpagina');
    const text = mail.parsed.text!;
    expect(text).toMatch(/Of antwoord in je eigen woorden:\nhttps:\/\/pols\.test\/p\/\S+#vraag/);
    // The links sit between the question and the coach's signature.
    expect(text.indexOf('Hoe gaat het met je? Antwoord')).toBeLessThan(text.indexOf('1: https://'));
    expect(text.indexOf('#vraag')).toBeLessThan(text.indexOf('Groet, Sanne (je coach)'));
  });

  it('shows a confirmation page on GET and records nothing (mail scanners open links too)', async () => {
    const { client, checkinId, path } = await askByEmail();
    const page = await pols.call('GET', path('4'), { token: null });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="nl">');
    expect(page.body).toContain('Je antwoord: <strong>4</strong>');
    expect(page.body).toContain('Klopt dit?');
    expect(page.body).toContain(`<form method="post" action="${path('4')}">`);
    expect(page.body).toContain('Ja, verstuur');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    await pols.call('GET', path('2'), { token: null });
    expect(await answersOf(client.id)).toEqual([]);
    const [checkin] = await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, checkinId));
    expect(checkin!.state).toBe('open');
  });

  it('records the answer on POST once, through the normal reply path, and thanks the client by the coach name', async () => {
    const { coach, client, checkinId, path } = await askByEmail();
    const res = await pols.call('POST', path('4'), { token: null });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Dank je wel!');
    expect(res.body).toContain('Sanne (je coach) leest het.');

    const stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'web', rawText: '4', value: 4, status: 'answered', checkinId, providerMessageId: `link:${checkinId}:0` });
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: coach.token })).json();
    expect(profile.traits.wellbeing.value).toBe(4);
    const [checkin] = await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, checkinId));
    expect(checkin!.state).toBe('answered');

    // A second tap, or another button afterwards, stores nothing more.
    const again = await pols.call('POST', path('4'), { token: null });
    expect(again.statusCode).toBe(200);
    const other = await pols.call('POST', path('2'), { token: null });
    expect(other.statusCode).toBe(200);
    expect(other.body).toContain('Je hebt deze vraag al beantwoord.');
    expect(await answersOf(client.id)).toHaveLength(1);
  });

  it('stores one answer when two taps arrive at the same time', async () => {
    const { client, path } = await askByEmail();
    const results = await Promise.all([pols.call('POST', path('3'), { token: null }), pols.call('POST', path('3'), { token: null }), pols.call('POST', path('5'), { token: null })]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    expect(await answersOf(client.id)).toHaveLength(1);
  });

  it('speaks English to an English client', async () => {
    const { path } = await askByEmail('en');
    const page = await pols.call('GET', path('5'), { token: null });
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('Your answer: <strong>5</strong>');
    expect(page.body).toContain('Yes, send');
    const done = await pols.call('POST', path('5'), { token: null });
    expect(done.body).toContain('Sanne (your coach) will read it.');
  });

  it('answers a forged, foreign or malformed link with a clear 404 page and an expired one with 410, storing nothing', async () => {
    const { client, checkinId, links, path } = await askByEmail();
    const token = path('4').slice('/a/'.length);
    const flipped = `${token.slice(0, -3)}${token.at(-3) === 'A' ? 'B' : 'A'}${token.slice(-2)}`;
    const foreign = signAnswerLink('another-secret-that-is-long-enough-0123456789', { checkinId, position: 0, value: 4, exp: new Date(Date.now() + 3_600_000) });
    const secret = pols.runtime.ctx.config.ANSWER_LINK_SECRET;
    const expired = signAnswerLink(secret, { checkinId, position: 0, value: 4, exp: new Date(Date.now() - 1000) });
    const tampered = signAnswerLink('x'.repeat(40), { checkinId, position: 0, value: 1, exp: new Date(Date.now() + 3_600_000) }).split('.')[0] + '.' + token.split('.')[1];

    for (const bad of [flipped, foreign, tampered, 'abc', 'a.b', '%E0%A4%A', 'x'.repeat(900)]) {
      for (const method of ['GET', 'POST'] as const) {
        const res = await pols.call(method, `/a/${bad}`, { token: null });
        expect(res.statusCode, `${method} ${bad.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, `${method} ${bad.slice(0, 20)}`).toBeLessThan(500);
      }
    }
    const forged = await pols.call('GET', `/a/${flipped}`, { token: null });
    expect(forged.statusCode).toBe(404);
    expect(forged.body).toContain('Deze link werkt niet');
    for (const method of ['GET', 'POST'] as const) {
      const res = await pols.call(method, `/a/${expired}`, { token: null });
      expect(res.statusCode).toBe(410);
      expect(res.body).toContain('Deze link is verlopen');
    }
    expect(await answersOf(client.id)).toEqual([]);
    expect(links.size).toBe(5);
  });

  it('keeps link tokens, addresses and answers out of the logs', async () => {
    const { mail, path } = await askByEmail();
    await pols.call('GET', path('4'), { token: null });
    await pols.call('POST', path('4'), { token: null });
    const log = pols.logs.text();
    expect(log).toContain('web answer recorded');
    const token = path('4').slice('/a/'.length);
    for (const secret of [token, token.split('.')[1]!, mail.envelopeTo[0]!, 'Eric']) expect(log, `log contains ${secret}`).not.toContain(secret);
  });

  it('expires the links with their check-in', async () => {
    const { checkinId, path } = await askByEmail();
    const [checkin] = await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, checkinId));
    const claims = JSON.parse(Buffer.from(path('4').slice('/a/'.length).split('.')[0]!, 'base64url').toString());
    expect(claims.e).toBe(Math.floor(checkin!.expiresAt.getTime() / 1000));
  });
});

describe('one-click answers for yes/no and choice questions', () => {
  const YES_NO = { type: 'yes_no', text: { nl: 'Heb je deze week gesolliciteerd?', en: 'Did you apply for a job this week?' } };
  const CHOICE = {
    type: 'choice',
    text: { nl: 'Hoe kom je naar de afspraak?', en: 'How do you get to the appointment?' },
    options: [
      { value: 'fiets', label: 'Met de fiets' },
      { value: 'ov', label: 'Bus of trein' },
      { value: 'auto', label: 'Met de auto' },
    ],
  };

  /** Each label's link is in the text part and, as the same URL, on a button in the HTML; each is signed for its value. */
  function expectSignedButtons(asked: Awaited<ReturnType<typeof askByEmail>>, aria: string, expected: Array<[string, unknown]>) {
    expect([...asked.links.keys()]).toEqual(expected.map(([label]) => label));
    const html = asked.mail.parsed.html as string;
    const secret = pols.runtime.ctx.config.ANSWER_LINK_SECRET;
    for (const [label, value] of expected) {
      const url = asked.links.get(label)!;
      expect(html).toContain(`href="${url.replace(/&/g, '&amp;')}" aria-label="${aria} ${label}"`);
      expect(html).toMatch(new RegExp(`aria-label="${aria} ${label}"[^>]*>${label}</a>`));
      const verified = verifyAnswerLink(secret, asked.path(label).slice('/a/'.length), new Date());
      expect(verified).toMatchObject({ ok: true, claims: { checkinId: asked.checkinId, position: 0, value } });
    }
  }

  it.each([
    ['nl', 'Antwoord', 'Ja', 'Nee', 'Je antwoord:', 'Dank je wel!', 'ja'],
    ['en', 'Answer', 'Yes', 'No', 'Your answer:', 'Thank you!', 'yes'],
  ] as const)('yes/no in %s: %s buttons "%s"/"%s" confirm on GET and record true on POST', async (locale, aria, yes, no, yourAnswer, thanks, rawText) => {
    const { key, trait } = await createQuestion(YES_NO);
    const asked = await askByEmail(locale, key);
    expectSignedButtons(asked, aria, [[yes, true], [no, false]]);

    const page = await pols.call('GET', asked.path(yes), { token: null });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`${yourAnswer} <strong>${yes}</strong>`);
    await pols.call('GET', asked.path(no), { token: null });
    expect(await answersOf(asked.client.id)).toEqual([]);

    const done = await pols.call('POST', asked.path(yes), { token: null });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain(thanks);
    const stored = await answersOf(asked.client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'web', rawText, status: 'answered', value: true, checkinId: asked.checkinId });
    const profile = (await pols.call('GET', `/v1/clients/${asked.client.id}/profile`, { token: asked.coach.token })).json();
    expect(profile.traits[trait].value).toBe(true);
  });

  it('yes/no: the "Nee" button records false', async () => {
    const { key, trait } = await createQuestion(YES_NO);
    const asked = await askByEmail('nl', key);
    expect((await pols.call('POST', asked.path('Nee'), { token: null })).statusCode).toBe(200);
    expect((await answersOf(asked.client.id))[0]).toMatchObject({ rawText: 'nee', status: 'answered', value: false });
    const profile = (await pols.call('GET', `/v1/clients/${asked.client.id}/profile`, { token: asked.coach.token })).json();
    expect(profile.traits[trait].value).toBe(false);
  });

  it.each([
    ['Met de fiets', 'fiets'],
    ['Bus of trein', 'ov'],
    ['Met de auto', 'auto'],
  ])('choice: the "%s" button confirms on GET and records "%s" on POST', async (label, value) => {
    const { key, trait } = await createQuestion(CHOICE);
    const asked = await askByEmail('nl', key);
    expectSignedButtons(asked, 'Antwoord', CHOICE.options.map((o) => [o.label, o.value]));

    const page = await pols.call('GET', asked.path(label), { token: null });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`Je antwoord: <strong>${label}</strong>`);
    expect(await answersOf(asked.client.id)).toEqual([]);

    expect((await pols.call('POST', asked.path(label), { token: null })).statusCode).toBe(200);
    const stored = await answersOf(asked.client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'web', status: 'answered', value, checkinId: asked.checkinId });
    const profile = (await pols.call('GET', `/v1/clients/${asked.client.id}/profile`, { token: asked.coach.token })).json();
    expect(profile.traits[trait].value).toBe(value);
  });

  it.each([
    ['Stoppen', 'stoppen', [{ value: 'doorgaan', label: 'Doorgaan' }, { value: 'stoppen', label: 'Stoppen' }]],
    ['Hulp nodig', 'hulp', [{ value: 'hulp', label: 'Hulp nodig' }, { value: 'goed', label: 'Gaat goed' }]],
  ])('choice: the "%s" button records its option, not what the words would mean typed (opt-out, help)', async (label, value, options) => {
    const { key, trait } = await createQuestion({ type: 'choice', text: { nl: 'Hoe wil je verder?' }, options });
    const asked = await askByEmail('nl', key);
    expect((await pols.call('POST', asked.path(label), { token: null })).statusCode).toBe(200);
    const stored = await answersOf(asked.client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ status: 'answered', value });
    const [checkin] = await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, asked.checkinId));
    expect(checkin!.state).toBe('answered');
    const profile = (await pols.call('GET', `/v1/clients/${asked.client.id}/profile`, { token: asked.coach.token })).json();
    expect(profile.traits[trait].value).toBe(value);
    expect(profile.flags).toEqual([]);
    // Nothing more goes to the client: no clarification, no help message.
    await new Promise((r) => setTimeout(r, 300));
    expect(outbound.mails.filter((m) => m.envelopeTo.includes(asked.mail.envelopeTo[0]!))).toHaveLength(1);
  });

  it('choice: an English client gets the same option labels, with English words around them', async () => {
    const { key } = await createQuestion(CHOICE);
    const asked = await askByEmail('en', key);
    expectSignedButtons(asked, 'Answer', CHOICE.options.map((o) => [o.label, o.value]));
    expect(asked.mail.parsed.text).toContain('Tap your answer:');
    const page = await pols.call('GET', asked.path('Bus of trein'), { token: null });
    expect(page.body).toContain('Your answer: <strong>Bus of trein</strong>');
  });
});
