// Logs of a full loop never contain phone numbers, e-mail addresses, names or answer texts.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { type SmtpCapture, startSmtpCapture } from '../support/smtp-capture.js';
import { messageSid, postTwilio } from '../support/twilio-webhook.js';
import { createClient, type Pols, startPols, uniqueEmail, uniqueKey, uniqueMobile, waitFor, twilioEnv } from '../support/harness.js';

const MAIL_SECRET = 'privacy-mail-secret-0123456789';
let fake: FakeTwilio;
let smtp: SmtpCapture;
let pols: Pols;
beforeAll(async () => {
  fake = await startFakeTwilio();
  smtp = await startSmtpCapture();
  pols = await startPols({ env: { ...twilioEnv(fake, '+3197010000003'), SMTP_URL: smtp.url, MAIL_FROM: 'Pols <pols@pols.test>', INBOUND_EMAIL_WEBHOOK_SECRET: MAIL_SECRET } });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
  await smtp?.close();
});

it('keeps personal data out of the logs of a full loop', async () => {
  const coachEmail = uniqueEmail('Wilhelmina');
  const coach = (await pols.call('POST', '/v1/coaches', { body: { name: 'Wilhelmina Zandvoort', email: coachEmail, phone: '+31201234567' } })).json();
  const key = uniqueKey('welzijn');
  await pols.call('POST', '/v1/questions', { body: { key, type: 'scale', min: 1, max: 5, text: { nl: 'Hoe gaat het?' } } });
  const phone = uniqueMobile();
  const email = uniqueEmail('Gerbrandina');
  const client = await createClient(pols, { firstName: 'Gerbrandina', lastName: 'Oosterhuis', phone, email, coachId: coach.id, consent: { sms: true, email: true } });
  await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
  await waitFor(() => fake.messages.find((m) => m.to === phone), 'sms');

  const reply = 'Gaat wel, mijn schoonmoeder Hendrika ligt in het ziekenhuis';
  const res = await postTwilio(pols, fake.authToken, { MessageSid: messageSid(), From: phone, Body: reply });
  expect(res.statusCode).toBe(200);
  await pols.call('GET', `/v1/clients/${client.id}/timeline`, { token: coach.token });
  await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: coach.token });

  const log = pols.logs.text();
  expect(pols.logs.lines.length).toBeGreaterThan(5);
  expect(log).toContain('sms reply recorded');
  for (const secret of [phone, phone.slice(1), phone.slice(3), email, coachEmail, 'Gerbrandina', 'Oosterhuis', 'Wilhelmina', 'Zandvoort', 'Hendrika', 'schoonmoeder', 'Gaat wel']) {
    expect(log, `log contains ${secret}`).not.toContain(secret);
  }
});

it('keeps personal data out of the logs of an e-mail loop, an unknown sender and a rejected request', async () => {
  const coachEmail = uniqueEmail('Bartholomeus');
  const coach = (await pols.call('POST', '/v1/coaches', { body: { name: 'Bartholomeus Vredeveld', email: coachEmail } })).json();
  const key = uniqueKey('welzijn');
  await pols.call('POST', '/v1/questions', { body: { key, type: 'scale', min: 1, max: 5, text: { nl: 'Hoe gaat het?' } } });
  const email = uniqueEmail('Josephina');
  const client = await createClient(pols, { firstName: 'Josephina', lastName: 'Kuipersma', email, coachId: coach.id, consent: { email: true } });
  await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
  const mail = await waitFor(() => smtp.mails.find((m) => m.envelopeTo.includes(email)), 'the e-mail');
  const replyTo = mail.parsed.replyTo!.value[0]!.address!;

  const reply = 'Slecht, de deurwaarder van Incassobureau Gijsbertsen stond voor de deur';
  const mime = [`From: Josephina Kuipersma <${email}>`, `To: ${replyTo}`, 'Subject: Re: Hoe gaat het met je?', `Message-ID: <${Date.now()}@mail.example.test>`, 'Content-Type: text/plain; charset=utf-8', '', reply, ''].join('\r\n');
  const webhook = (body: string) => pols.runtime.app!.inject({ method: 'POST', url: '/v1/webhooks/email', headers: { 'content-type': 'message/rfc822', authorization: `Bearer ${MAIL_SECRET}` }, payload: body });
  expect((await webhook(mime)).statusCode).toBeLessThan(300);
  await waitFor(async () => {
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: coach.token })).json();
    return profile.traits['barrier.debt'] ? profile : null;
  }, 'the e-mail answer');

  // Someone Pols does not know writes by e-mail and by SMS; a request with a bad body is refused.
  const strangerEmail = uniqueEmail('Wolterdina');
  const strangerPhone = uniqueMobile();
  await webhook(mime.replace(email, strangerEmail).replace(replyTo, 'reply+00000000000000000000@localhost').replace(/Message-ID: <[^>]+>/, `Message-ID: <x${Date.now()}@mail.example.test>`));
  await postTwilio(pols, fake.authToken, { MessageSid: messageSid(), From: strangerPhone, Body: 'Hallo, met Wolterdina' });
  const rejected = await pols.call('POST', '/v1/clients', { token: coach.token, body: { firstName: 'Reinoudina', email: 'reinoudina@', coachId: coach.id } });
  expect(rejected.statusCode).toBe(400);

  const log = pols.logs.text();
  expect(log).toContain('e-mail');
  for (const secret of [email, coachEmail, strangerEmail, strangerPhone, strangerPhone.slice(3), 'Josephina', 'Kuipersma', 'Bartholomeus', 'Vredeveld', 'Wolterdina', 'Reinoudina', 'deurwaarder', 'Gijsbertsen', replyTo]) {
    expect(log, `log contains ${secret}`).not.toContain(secret);
  }
});
