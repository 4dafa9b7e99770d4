// The whole loop over SMS through the real twilio SDK against a local Twilio: ask → SMS → signed reply
// → answer, trait, timeline and profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { messageSid, postTwilio } from '../support/twilio-webhook.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueMobile, waitFor, twilioEnv } from '../support/harness.js';

let twilioFake: FakeTwilio;
let pols: Pols;
const FROM = '+3197010000001';

beforeAll(async () => {
  twilioFake = await startFakeTwilio();
  pols = await startPols({
    env: { ...twilioEnv(twilioFake, FROM) },
  });
});
afterAll(async () => {
  await pols?.close();
  await twilioFake?.close();
});

const postSms = (params: Record<string, string>) => postTwilio(pols, twilioFake.authToken, params);

const sid = messageSid;

describe('check-in over SMS', () => {
  it('asks by SMS, understands a Dutch reply and updates answer, trait, timeline and profile', async () => {
    const coach = await createCoach(pols, 'Sanne');
    const key = await createScaleQuestion(pols);
    const phone = uniqueMobile();
    const client = await createClient(pols, { firstName: 'Nicole', phone, coachId: coach.id, consent: { sms: true } }, coach.token);

    const asked = await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
    expect(asked.statusCode).toBe(202);
    expect(asked.json().channel).toBe('sms');

    const sms = await waitFor(() => twilioFake.messages.find((m) => m.to === phone), 'the SMS at the fake Twilio');
    expect(sms.from).toBe(FROM);
    expect(sms.body).toMatch(/^Hallo Nicole,/);
    expect(sms.body).toContain('Hoe gaat het met je?');
    expect(sms.body).toContain('Groet, Sanne (je coach)');
    expect(sms.statusCallback).toBe('https://pols.test/v1/webhooks/twilio/status');

    const reply = await postSms({ MessageSid: sid(), From: phone, To: FROM, Body: 'gaat wel, maar geen oppas dinsdag' });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('text/xml');

    // The provider's answer and our bookkeeping of it race the client's reply; wait for both to be recorded.
    const timeline = await waitFor(async () => {
      const t = (await pols.call('GET', `/v1/clients/${client.id}/timeline`, { token: coach.token })).json();
      return t.events.some((e: { type: string }) => e.type === 'checkin_sent') ? t : null;
    }, 'the sent check-in on the timeline');
    const answer = timeline.events.find((e: { type: string }) => e.type === 'answer_received');
    expect(answer).toMatchObject({ channel: 'sms', text: 'gaat wel, maar geen oppas dinsdag', status: 'answered', value: 3, questionKey: key });
    expect(timeline.events.some((e: { type: string }) => e.type === 'checkin_sent')).toBe(true);
    const changed = timeline.events.filter((e: { type: string }) => e.type === 'trait_changed').map((e: { key: string; value: unknown }) => [e.key, e.value]);
    expect(changed).toEqual(expect.arrayContaining([['wellbeing', 3], ['barrier.childcare', true]]));
    // Newest first.
    const times = timeline.events.map((e: { at: string }) => e.at);
    expect([...times].sort().reverse()).toEqual(times);

    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: coach.token })).json();
    expect(profile.clientId).toBe(client.id);
    expect(profile.traits.wellbeing).toMatchObject({ value: 3, answerId: answer.answerId });
    expect(profile.traits['barrier.childcare'].value).toBe(true);
  });

  it('asks the questions of a multi-question check-in one after another', async () => {
    const coach = await createCoach(pols);
    const first = await createScaleQuestion(pols);
    const second = await createScaleQuestion(pols, undefined, 'energy');
    const phone = uniqueMobile();
    const client = await createClient(pols, { firstName: 'Eric', phone, coachId: coach.id, consent: { sms: true } });
    await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [first, second] } });

    await waitFor(() => twilioFake.messages.find((m) => m.to === phone), 'first question');
    expect(twilioFake.messages.filter((m) => m.to === phone)).toHaveLength(1);
    expect(twilioFake.messages.find((m) => m.to === phone)!.body).toContain('(vraag 1 van 2)');

    await postSms({ MessageSid: sid(), From: phone, Body: '4' });
    const secondSms = await waitFor(() => twilioFake.messages.filter((m) => m.to === phone)[1], 'second question');
    expect(secondSms.body).toContain('(vraag 2 van 2)');

    await postSms({ MessageSid: sid(), From: phone, Body: '2' });
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`)).json();
    expect(profile.traits.wellbeing.value).toBe(4);
    expect(profile.traits.energy.value).toBe(2);
  });

  it('sends one clarification for an unclear reply, then shows a still unclear reply to the coach', async () => {
    const coach = await createCoach(pols);
    const key = await createScaleQuestion(pols);
    const phone = uniqueMobile();
    const client = await createClient(pols, { firstName: 'Fatima', phone, coachId: coach.id, consent: { sms: true } });
    await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    await waitFor(() => twilioFake.messages.find((m) => m.to === phone), 'question');

    await postSms({ MessageSid: sid(), From: phone, Body: 'hmm' });
    const clarification = await waitFor(() => twilioFake.messages.filter((m) => m.to === phone)[1], 'clarification');
    expect(clarification.body).toContain('Sorry, dat begreep ik niet. Antwoord met een cijfer van 1 tot 5.');

    await postSms({ MessageSid: sid(), From: phone, Body: 'weet ik niet' });
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`)).json();
    expect(profile.flags.map((f: { kind: string }) => f.kind)).toContain('unclear_answer');
    await new Promise((r) => setTimeout(r, 300));
    expect(twilioFake.messages.filter((m) => m.to === phone)).toHaveLength(2);
  });

  it('stops all SMS after STOP and confirms once; HULP answers with the coach name and number; aanmelden opts in again', async () => {
    const coach = await createCoach(pols, 'Joris');
    const key = await createScaleQuestion(pols);
    const phone = uniqueMobile();
    const client = await createClient(pols, { firstName: 'Kees', phone, coachId: coach.id, consent: { sms: true } });
    const toKees = () => twilioFake.messages.filter((m) => m.to === phone);

    await postSms({ MessageSid: sid(), From: phone, Body: 'HULP' });
    const help = await waitFor(() => toKees()[0], 'help reply');
    expect(help.body).toContain('Je coach is Joris');
    expect(help.body).toContain('020 123 4567');

    const stopSid = sid();
    await postSms({ MessageSid: stopSid, From: phone, Body: 'stoppen' });
    await postSms({ MessageSid: stopSid, From: phone, Body: 'stoppen' });
    const confirmation = await waitFor(() => toKees()[1], 'opt-out confirmation');
    expect(confirmation.body).toContain('Je krijgt van ons geen sms meer.');
    // Another opt-out word later (a new message): still opted out, no second confirmation.
    await postSms({ MessageSid: sid(), From: phone, Body: 'afmelden' });

    const asked = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(asked.statusCode).toBe(409);
    await new Promise((r) => setTimeout(r, 300));
    expect(toKees()).toHaveLength(2);

    await postSms({ MessageSid: sid(), From: phone, Body: 'aanmelden' });
    const optIn = await waitFor(() => toKees()[2], 'opt-in confirmation');
    expect(optIn.body).toContain('Je krijgt weer berichten');
    const askedAgain = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(askedAgain.statusCode).toBe(202);
    await waitFor(() => toKees()[3], 'the question after opting in again');
  });

  it('answers "kunt u mij bellen?" with a promise of contact instead of a clarification, flags the coach and keeps the question open', async () => {
    const coach = await createCoach(pols, 'Joris');
    const key = await createScaleQuestion(pols);
    const phone = uniqueMobile();
    const client = await createClient(pols, { firstName: 'Fatima', phone, coachId: coach.id, consent: { sms: true } });
    const toFatima = () => twilioFake.messages.filter((m) => m.to === phone);
    await pols.call('POST', '/v1/checkins', { token: coach.token, body: { clientId: client.id, questionKeys: [key] } });
    await waitFor(() => toFatima()[0], 'the question');

    await postSms({ MessageSid: sid(), From: phone, Body: 'kunt u mij bellen?' });
    const confirmation = await waitFor(() => toFatima()[1], 'the callback confirmation');
    expect(confirmation.body).toContain('Joris neemt zo snel mogelijk contact met je op.');
    expect(confirmation.body).not.toContain('begreep ik niet');
    const profile = (await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: coach.token })).json();
    expect(profile.flags.map((f: { kind: string }) => f.kind)).toContain('callback_requested');

    // The question is still open: the next reply answers it, and nothing else was sent meanwhile.
    await postSms({ MessageSid: sid(), From: phone, Body: '4' });
    const answered = await waitFor(async () => {
      const p = (await pols.call('GET', `/v1/clients/${client.id}/profile`, { token: coach.token })).json();
      return p.traits.wellbeing ? p : null;
    }, 'the answer after the callback request');
    expect(answered.traits.wellbeing.value).toBe(4);
    await new Promise((r) => setTimeout(r, 300));
    expect(toFatima()).toHaveLength(2);
  });

  it("leaves Twilio's own STOP and START confirmations to Twilio, and treats its 21610 refusal as an opt-out", async () => {
    const coach = await createCoach(pols);
    const key = await createScaleQuestion(pols);
    const phone = uniqueMobile();
    const client = await createClient(pols, { firstName: 'Noor', phone, email: `noor.${phone.slice(-6)}@example.test`, coachId: coach.id, consent: { sms: true, email: true } });

    await postSms({ MessageSid: sid(), From: phone, Body: 'STOP' });
    await postSms({ MessageSid: sid(), From: phone, Body: 'START' });
    await new Promise((r) => setTimeout(r, 300));
    expect(twilioFake.messages.filter((m) => m.to === phone)).toHaveLength(0);

    // Twilio refuses: the number opted out at Twilio. Pols records the opt-out and falls back to e-mail.
    twilioFake.failNext({ status: 400, code: 21610 });
    const asked = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(asked.json().channel).toBe('sms');
    const timeline = await waitFor(async () => {
      const t = (await pols.call('GET', `/v1/clients/${client.id}/timeline`)).json();
      return t.events.some((e: { channel?: string; type: string }) => e.type === 'checkin_sent' && e.channel === 'email') ? t : null;
    }, 'the fallback e-mail');
    expect(timeline.events.some((e: { type: string; channel?: string }) => e.type === 'message_failed' && e.channel === 'sms')).toBe(true);
    const again = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key], channel: 'sms' } });
    expect(again.statusCode).toBe(409);
  });
});
