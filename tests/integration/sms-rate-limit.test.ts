// A burst of check-ins never exceeds the sending number's throughput (SMS_PER_SECOND).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio } from '../support/fake-twilio.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueMobile, waitFor, twilioEnv } from '../support/harness.js';

let fake: FakeTwilio;
let pols: Pols;
beforeAll(async () => {
  fake = await startFakeTwilio();
  pols = await startPols({ env: { SMS_PER_SECOND: '2', ...twilioEnv(fake, '+3197010000007') } });
});
afterAll(async () => {
  await pols?.close();
  await fake?.close();
});

it('spreads a burst of 6 SMS over at least 2 seconds at 2 per second', async () => {
  const coach = await createCoach(pols);
  const key = await createScaleQuestion(pols);
  const phones = Array.from({ length: 6 }, uniqueMobile);
  const arrivals: number[] = [];
  const clients = await Promise.all(phones.map((phone) => createClient(pols, { firstName: 'Sam', phone, coachId: coach.id, consent: { sms: true } })));
  const started = Date.now();
  await Promise.all(clients.map((c) => pols.call('POST', '/v1/checkins', { body: { clientId: c.id, questionKeys: [key] } })));
  await waitFor(() => {
    for (const phone of phones) if (!arrivals[phones.indexOf(phone)] && fake.messages.some((m) => m.to === phone)) arrivals[phones.indexOf(phone)] = Date.now() - started;
    return arrivals.filter(Boolean).length === 6;
  }, 'all six SMS', 20_000);
  const sorted = [...arrivals].sort((a, b) => a - b);
  // 2 per second: the 5th and 6th cannot leave before two more seconds have passed.
  expect(sorted[5]! - sorted[0]!).toBeGreaterThanOrEqual(1_500);
  expect(fake.messages.filter((m) => phones.includes(m.to))).toHaveLength(6);
});
