// The Twilio adapter with the real SDK against a local Twilio: what each answer of Twilio means to Pols.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChannelError } from '../../../src/channels/channel.js';
import { createTwilioAdapter } from '../../../src/channels/sms-twilio/twilio.adapter.js';
import { RetryLaterError } from '../../../src/app/messages/deliver-message.js';
import { retryDelay } from '../../../src/jobs/workers.js';
import { type FakeTwilio, startFakeTwilio } from '../../support/fake-twilio.js';

let fake: FakeTwilio;
beforeAll(async () => {
  fake = await startFakeTwilio();
});
afterAll(async () => fake?.close());

const message = (to: string) => ({ messageId: '7d8f6a2e-1111-4222-8333-944455556666', channel: 'sms' as const, to, text: 'Hallo Nicole, hoe gaat het?', statusCallbackUrl: 'https://pols.test/v1/webhooks/twilio/status' });
const adapter = (extra: { from?: string; messagingServiceSid?: string } = { from: '+3197010000009' }) =>
  createTwilioAdapter({ accountSid: fake.accountSid, authToken: fake.authToken, apiBaseUrl: fake.url, ...extra });

async function failureOf(promise: Promise<unknown>): Promise<ChannelError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ChannelError);
    return error as ChannelError;
  }
  throw new Error('expected a failure');
}

describe('Twilio adapter', () => {
  it('sends from the configured number with a status callback', async () => {
    const result = await adapter().send(message('+31611111111'));
    const sent = fake.messages.find((m) => m.sid === result.providerMessageId)!;
    expect(sent).toMatchObject({ to: '+31611111111', from: '+3197010000009', statusCallback: 'https://pols.test/v1/webhooks/twilio/status' });
  });

  it('sends through a Messaging Service instead of a From number', async () => {
    const result = await adapter({ messagingServiceSid: 'MG0123456789abcdef0123456789abcdef' }).send(message('+31622222222'));
    const sent = fake.messages.find((m) => m.sid === result.providerMessageId)!;
    expect(sent.messagingServiceSid).toBe('MG0123456789abcdef0123456789abcdef');
    expect(sent.from).toBeUndefined();
  });

  it.each([
    [{ status: 429, code: 20429, retryAfterSeconds: 7 }, 'transient', 7_000, false, false],
    [{ status: 500 }, 'transient', undefined, false, false],
    [{ status: 503 }, 'transient', undefined, false, false],
    [{ status: 400, code: 21614 }, 'permanent', undefined, true, false],
    [{ status: 400, code: 21211 }, 'permanent', undefined, true, false],
    [{ status: 400, code: 21610 }, 'permanent', undefined, false, true],
  ] as const)('maps %o to a %s failure', async (failure, kind, retryAfterMs, addressUnusable, optedOut) => {
    fake.failNext(failure);
    const error = await failureOf(adapter().send(message('+31633333333')));
    expect(error.kind).toBe(kind);
    expect(error.options.retryAfterMs).toBe(retryAfterMs);
    expect(Boolean(error.options.addressUnusable)).toBe(addressUnusable);
    expect(Boolean(error.options.recipientOptedOut)).toBe(optedOut);
  });
});

describe('retry delays', () => {
  it('honours Retry-After and otherwise backs off exponentially', () => {
    expect(retryDelay(1, new RetryLaterError('429', 7_000))).toBe(7_000);
    const first = retryDelay(1);
    const fourth = retryDelay(4);
    expect(first).toBeGreaterThanOrEqual(1_600);
    expect(first).toBeLessThanOrEqual(2_400);
    expect(fourth).toBeGreaterThanOrEqual(12_800);
    expect(fourth).toBeLessThanOrEqual(19_200);
    expect(retryDelay(30)).toBeLessThanOrEqual(720_000);
  });
});
