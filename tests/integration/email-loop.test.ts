// The loop over e-mail: nodemailer → a local SMTP server captures the check-in; the client's reply is
// delivered over SMTP to Pols' own listener and recorded.
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueEmail, waitFor } from '../support/harness.js';
import { type SmtpCapture, startSmtpCapture } from '../support/smtp-capture.js';

let outbound: SmtpCapture;
let pols: Pols;
let inboundPort: number;

beforeAll(async () => {
  outbound = await startSmtpCapture();
  inboundPort = await freePort();
  pols = await startPols({ inboundSmtp: true, env: { SMTP_URL: outbound.url, MAIL_FROM: 'Pols <pols@pols.test>', INBOUND_SMTP_PORT: String(inboundPort) } });
});
afterAll(async () => {
  await pols?.close();
  await outbound?.close();
});

describe('check-in over e-mail', () => {
  it('mails the question and records the reply sent to the Reply-To address, without the quoted history', async () => {
    const coach = await createCoach(pols, 'Sanne');
    const key = await createScaleQuestion(pols);
    const email = uniqueEmail('eric');
    const client = await createClient(pols, { firstName: 'Eric', email, coachId: coach.id, consent: { email: true } });
    const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
    expect(asked.json().channel).toBe('email');

    const mail = await waitFor(() => outbound.mails.find((m) => m.envelopeTo.includes(email)), 'the e-mail at the SMTP server');
    expect(mail.parsed.subject).toBe('Hoe gaat het met je?');
    expect(mail.parsed.text).toContain('Hallo Eric,');
    expect(mail.parsed.text).toContain('Groet, Sanne (je coach)\nJe kunt me bereiken via 020 123 4567.');
    expect(mail.parsed.html).toContain('lang="nl"');
    expect(mail.parsed.html).toContain('Je kunt me bereiken via 020 123 4567.');
    const replyTo = mail.parsed.replyTo!.value[0]!.address!;
    expect(replyTo).toMatch(/^reply\+[a-z0-9]{16,40}@reply\.pols\.test$/);

    const client2 = nodemailer.createTransport({ host: '127.0.0.1', port: inboundPort, secure: false, ignoreTLS: true });
    await client2.sendMail({
      from: email,
      to: replyTo,
      subject: 'Re: Hoe gaat het met je?',
      inReplyTo: mail.parsed.messageId,
      text: `Goed hoor, 4. Wel geen auto meer.\n\nOp ma 23 nov 2026 om 09:00 schreef Sanne <${replyTo}>:\n> Hallo Eric,\n> Hoe gaat het met je?\n`,
    });
    client2.close();

    const profile = await waitFor(async () => {
      const p = (await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: coach.token })).json();
      return p.traits.wellbeing ? p : null;
    }, 'the answer from the e-mail reply');
    expect(profile.traits.wellbeing.value).toBe(4);
    const timeline = (await pols.call('GET', `/v1/clients/${client.id}/timeline`, { token: coach.token })).json();
    const answer = timeline.events.find((e: { type: string }) => e.type === 'answer_received');
    expect(answer.channel).toBe('email');
    expect(answer.text).toBe('Goed hoor, 4. Wel geen auto meer.');
  });

  it('writes to an English-speaking client in English, signed with the coach name and contact line', async () => {
    const coach = await createCoach(pols, 'Sanne');
    const key = await createScaleQuestion(pols);
    const email = uniqueEmail('amir');
    const client = await createClient(pols, { firstName: 'Amir', email, locale: 'en', coachId: coach.id, consent: { email: true } });
    const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
    expect(asked.statusCode).toBe(202);

    const mail = await waitFor(() => outbound.mails.find((m) => m.envelopeTo.includes(email)), 'the English e-mail');
    expect(mail.parsed.subject).toBe('How are you doing?');
    expect(mail.parsed.text).toContain('Hello Amir,');
    expect(mail.parsed.text).toContain('How are you? Answer 1 to 5.');
    expect(mail.parsed.text).toContain('Regards, Sanne (your coach)\nYou can reach me at 020 123 4567.');
    expect(mail.parsed.text).toContain('Reply STOP');
    expect(mail.parsed.text).not.toContain('Hoe gaat het');
    expect(mail.parsed.html).toContain('lang="en"');
  });

  it('refuses mail for addresses outside the reply domain', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inboundPort, secure: false, ignoreTLS: true });
    await expect(transport.sendMail({ from: 'a@example.test', to: 'someone@elsewhere.test', text: 'hi' })).rejects.toThrow(/550|relay/);
    transport.close();
  });
});
