// Operators define questions, revise their wording as new versions, and see what each wording costs as SMS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Pols, startPols, uniqueKey } from '../support/harness.js';

let pols: Pols;
beforeAll(async () => {
  pols = await startPols({ workers: false });
});
afterAll(async () => pols?.close());

describe('questions', () => {
  it('shows the SMS cost of a short Dutch question without a warning', async () => {
    const res = await pols.call('POST', '/v1/questions', { body: { key: uniqueKey('kort'), type: 'yes_no', text: { nl: 'Heb je deze week gesolliciteerd?' } } });
    expect(res.statusCode).toBe(201);
    expect(res.json().smsCost.nl).toMatchObject({ encoding: 'GSM-7', warning: null });
    expect(res.json().smsCost.nl.segments).toBeLessThanOrEqual(2);
  });

  it('warns when accents force UCS-2 and the message needs more than 2 segments', async () => {
    const text = 'Hoe ging het gesprek met de werkgever? Heb je ideeën voor een volgende stap? Vertel in een paar zinnen wat goed ging en wat je moeilijk vond.';
    const res = await pols.call('POST', '/v1/questions', { body: { key: uniqueKey('lang'), type: 'free_text', text: { nl: text } } });
    const cost = res.json().smsCost.nl;
    expect(cost.encoding).toBe('UCS-2');
    expect(cost.segments).toBeGreaterThan(2);
    expect(cost.warning).toContain('ë');
  });

  it('keeps old wording as a version when the text is revised', async () => {
    const key = uniqueKey('versie');
    await pols.call('POST', '/v1/questions', { body: { key, type: 'scale', min: 1, max: 5, text: { nl: 'Hoe gaat het?' } } });
    const revised = await pols.call('PATCH', `/v1/questions/${key}`, { body: { text: { nl: 'Hoe gaat het nu met je?', en: 'How are you now?' } } });
    expect(revised.statusCode).toBe(200);
    expect(revised.json()).toMatchObject({ key, version: 2, text: { nl: 'Hoe gaat het nu met je?' } });
    expect(revised.json().smsCost.en.encoding).toBe('GSM-7');
    const duplicate = await pols.call('POST', '/v1/questions', { body: { key, type: 'yes_no', text: { nl: 'x' } } });
    expect(duplicate.statusCode).toBe(409);
  });
});
