// The client's answer page (/p/:clientToken): the open question, answering with a button (confirmed first)
// or in their own words, their latest answers, the PWA files, and tokens that are forged or expired.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerPageToken, linkSettingsOf } from '../../src/app/answer-links/link-settings.js';
import { signClientToken } from '../../src/app/answer-links/tokens.js';
import { answers, checkins } from '../../src/db/schema/index.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueEmail, waitFor } from '../support/harness.js';

let pols: Pols;
beforeAll(async () => {
  pols = await startPols();
});
afterAll(async () => {
  await pols?.close();
});

async function openQuestion() {
  const coach = await createCoach(pols, 'Sanne');
  const key = await createScaleQuestion(pols);
  const email = uniqueEmail('gerbrandina');
  const client = await createClient(pols, { firstName: 'Gerbrandina', lastName: 'Oosterhuis', email, coachId: coach.id, consent: { email: true } });
  const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
  const checkinId = asked.json().id as string;
  await waitFor(async () => (await pols.runtime.ctx.db.select().from(checkins).where(eq(checkins.id, checkinId)))[0]?.state === 'open', 'the check-in open');
  const base = `/p/${answerPageToken(linkSettingsOf(pols.runtime.ctx.config), client.id, new Date())}`;
  return { coach, client, email, checkinId, base };
}

const postForm = (url: string, fields: Record<string, string>) =>
  pols.runtime.app!.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() });
const answersOf = (clientId: string) => pols.runtime.ctx.db.select().from(answers).where(eq(answers.clientId, clientId));

describe('the answer page', () => {
  it('shows the open question with big buttons and a text box, and nothing personal beyond the first name', async () => {
    const { base, email } = await openQuestion();
    const page = await pols.call('GET', base, { token: null });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>Hallo Gerbrandina</h1>');
    expect(page.body).toContain('Hoe gaat het met je? Antwoord met een cijfer van 1 tot 5.');
    for (const n of [1, 2, 3, 4, 5]) expect(page.body).toContain(`<button type="submit" name="value" value="${n}">${n}</button>`);
    expect(page.body).toContain('<textarea id="text" name="text"');
    expect(page.body).toContain(`<link rel="manifest" href="${base}/manifest.webmanifest">`);
    expect(page.body).toContain('Meldingen aanzetten');
    expect(page.body).toContain('data-vapid-key="B');
    expect(page.body).not.toContain('Oosterhuis');
    expect(page.body).not.toContain(email);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('asks "Klopt dit?" for a button without JavaScript, then records it once and shows it among the latest answers', async () => {
    const { client, checkinId, base } = await openQuestion();
    const confirm = await postForm(`${base}/answers`, { checkinId, position: '0', value: '4' });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Je antwoord: <strong>4</strong>');
    expect(confirm.body).toContain('<input type="hidden" name="confirmed" value="1">');
    expect(await answersOf(client.id)).toEqual([]);

    const sent = await postForm(`${base}/answers`, { checkinId, position: '0', value: '4', confirmed: '1' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(`${base}?saved=1#antwoorden`);
    await postForm(`${base}/answers`, { checkinId, position: '0', value: '4', confirmed: '1' });
    const stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'web', rawText: '4', value: 4, providerMessageId: `link:${checkinId}:0` });

    const after = await pols.call('GET', `${base}?saved=1`, { token: null });
    expect(after.body).toContain('Dank je wel!');
    expect(after.body).toContain('Sanne (je coach) leest het.');
    expect(after.body).toMatch(/<ol class="recent"><li><time datetime="[^"]+">[^<]+<\/time><span class="said">4<\/span><\/li><\/ol>/);
    expect(after.body).toContain('Er staat nu geen vraag voor je klaar.');
  });

  it('records an answer in the client\'s own words once per submitted form', async () => {
    const { client, checkinId, base } = await openQuestion();
    const fields = { checkinId, position: '0', text: '  gaat wel, maar geen oppas dinsdag ', nonce: 'n0nce-0123456789abcdef' };
    expect((await postForm(`${base}/answers`, fields)).statusCode).toBe(303);
    const twice = await postForm(`${base}/answers`, fields);
    expect(twice.statusCode).toBe(200);
    expect(twice.body).toContain('Je hebt deze vraag al beantwoord.');
    const stored = await answersOf(client.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ channel: 'web', rawText: 'gaat wel, maar geen oppas dinsdag', value: 3 });
    expect(stored[0]!.traits).toMatchObject({ 'barrier.childcare': true });
  });

  it("refuses another client's check-in, unknown answers, and forged or expired page tokens", async () => {
    const mine = await openQuestion();
    const theirs = await openQuestion();
    const foreign = await postForm(`${mine.base}/answers`, { checkinId: theirs.checkinId, position: '0', value: '4', confirmed: '1' });
    expect(foreign.statusCode).toBe(404);
    const unknown = await postForm(`${mine.base}/answers`, { checkinId: mine.checkinId, position: '0', value: '9', confirmed: '1' });
    expect(unknown.statusCode).toBe(400);
    const garbage = await postForm(`${mine.base}/answers`, { checkinId: 'nope', position: 'x' });
    expect(garbage.statusCode).toBe(400);
    expect(await answersOf(theirs.client.id)).toEqual([]);
    expect(await answersOf(mine.client.id)).toEqual([]);

    const secret = pols.runtime.ctx.config.ANSWER_LINK_SECRET;
    const expired = `/p/${signClientToken(secret, { clientId: mine.client.id, exp: new Date(Date.now() - 1000) })}`;
    const forged = `/p/${signClientToken('y'.repeat(40), { clientId: mine.client.id, exp: new Date(Date.now() + 86_400_000) })}`;
    expect((await pols.call('GET', expired, { token: null })).statusCode).toBe(410);
    expect((await pols.call('GET', forged, { token: null })).statusCode).toBe(404);
    expect((await pols.call('GET', '/p/not-a-token', { token: null })).statusCode).toBe(404);
    expect((await postForm(`${forged}/answers`, { checkinId: mine.checkinId, position: '0', value: '4', confirmed: '1' })).statusCode).toBe(404);
    expect(await answersOf(mine.client.id)).toEqual([]);
  });

  it('serves an installable app: manifest, service worker and icons', async () => {
    const { base } = await openQuestion();
    const manifest = await pols.call('GET', `${base}/manifest.webmanifest`, { token: null });
    expect(manifest.headers['content-type']).toContain('application/manifest+json');
    expect(manifest.json()).toMatchObject({ start_url: base, scope: '/p/', display: 'standalone' });
    expect(manifest.json().icons.map((i: { sizes: string }) => i.sizes)).toEqual(['any', '192x192', '512x512']);
    const worker = await pols.call('GET', '/p/sw.js', { token: null });
    expect(worker.headers['content-type']).toContain('text/javascript');
    expect(worker.body).toContain("addEventListener('push'");
    for (const size of [192, 512]) {
      const icon = await pols.call('GET', `/p/icon-${size}.png`, { token: null });
      expect(icon.headers['content-type']).toBe('image/png');
      expect(icon.rawPayload.subarray(1, 4).toString()).toBe('PNG');
      expect(icon.rawPayload.readUInt32BE(16)).toBe(size);
    }
    expect((await pols.call('GET', '/p/app.css', { token: null })).statusCode).toBe(200);
    expect((await pols.call('GET', '/p/app.js', { token: null })).statusCode).toBe(200);
  });
});
