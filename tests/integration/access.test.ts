// A coach sees only their own clients: another coach's client is a 404 on every client route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueMobile } from '../support/harness.js';

let pols: Pols;
beforeAll(async () => {
  pols = await startPols({ workers: false });
});
afterAll(async () => pols?.close());

describe('coach access', () => {
  it('hides another coach’s client on every client route', async () => {
    const sanne = await createCoach(pols, 'Sanne');
    const joris = await createCoach(pols, 'Joris');
    const key = await createScaleQuestion(pols);
    const client = await createClient(pols, { firstName: 'Nicole', phone: uniqueMobile(), coachId: sanne.id, consent: { sms: true } }, sanne.token);

    const routes: Array<['GET' | 'POST' | 'PATCH', string, unknown?]> = [
      ['GET', `/v1/clients/${client.id}`],
      ['PATCH', `/v1/clients/${client.id}`, { tags: ['cohort-a'] }],
      ['GET', `/v1/clients/${client.id}/timeline`],
      ['GET', `/v1/clients/${client.id}/profile`],
      ['POST', '/v1/checkins', { clientId: client.id, questionKeys: [key] }],
      ['POST', `/v1/clients/${client.id}/answers`, { channel: 'phone', text: 'gaat goed, 4', questionKey: key }],
      ['POST', `/v1/clients/${client.id}/pause`, {}],
      ['POST', `/v1/clients/${client.id}/resume`],
    ];
    for (const [method, url, body] of routes) {
      const res = await pols.call(method, url, { token: joris.token, ...(body ? { body } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      const own = await pols.call(method, url, { token: sanne.token, ...(body ? { body } : {}) });
      expect(own.statusCode, `${method} ${url} (own coach)`).toBeLessThan(300);
    }
    const list = (await pols.call('GET', '/v1/clients', { token: joris.token })).json();
    expect(list.clients.map((c: { id: string }) => c.id)).not.toContain(client.id);
    const caseload = (await pols.call('GET', '/v1/caseload', { token: joris.token })).json();
    expect(caseload.clients.map((c: { clientId: string }) => c.clientId)).not.toContain(client.id);
    // The answer Sanne logged is hers alone.
    const answers = (await pols.call('GET', `/v1/clients/${client.id}/timeline`, { token: sanne.token })).json().events.filter((e: { type: string }) => e.type === 'answer_received');
    expect((await pols.call('GET', `/v1/answers/${answers[0].answerId}`, { token: joris.token })).statusCode).toBe(404);
    expect((await pols.call('POST', `/v1/answers/${answers[0].answerId}/correction`, { token: joris.token, body: { value: 2 } })).statusCode).toBe(404);
  });

  it('does not let a coach create a client for another coach', async () => {
    const sanne = await createCoach(pols, 'Sanne');
    const joris = await createCoach(pols, 'Joris');
    const res = await pols.call('POST', '/v1/clients', { token: joris.token, body: { firstName: 'X', coachId: sanne.id, consent: {} } });
    expect(res.statusCode).toBe(404);
  });

  it('keeps operator calls for the operator', async () => {
    const coach = await createCoach(pols);
    expect((await pols.call('POST', '/v1/coaches', { token: coach.token, body: { name: 'X', email: 'x@example.test' } })).statusCode).toBe(403);
    expect((await pols.call('POST', '/v1/questions', { token: coach.token, body: { key: 'x', type: 'yes_no', text: { nl: 'x' } } })).statusCode).toBe(403);
    expect((await pols.call('GET', '/v1/outbox', { token: coach.token })).statusCode).toBe(403);
  });

  it('answers 401 without or with an unknown token', async () => {
    expect((await pols.call('GET', '/v1/clients', { token: null })).statusCode).toBe(401);
    expect((await pols.call('GET', '/v1/clients', { token: 'pols_coach_nope' })).statusCode).toBe(401);
  });
});

describe('input validation', () => {
  it.each([
    ['a bad coachId', { firstName: 'A', coachId: 'nope', consent: {} }, 'coachId'],
    ['no firstName', { coachId: '00000000-0000-4000-8000-000000000000', consent: {} }, 'firstName'],
    ['a bad e-mail', { firstName: 'A', email: 'not-mail', coachId: '00000000-0000-4000-8000-000000000000', consent: {} }, 'email'],
    ['a bad time zone', { firstName: 'A', timezone: 'Mars/Olympus', coachId: '00000000-0000-4000-8000-000000000000', consent: {} }, 'timezone'],
  ])('rejects a client with %s as 400 naming the field', async (_n, body, field) => {
    const res = await pols.call('POST', '/v1/clients', { body });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain(field);
  });

  it('rejects an invalid phone number with 400', async () => {
    const coach = await createCoach(pols);
    const res = await pols.call('POST', '/v1/clients', { body: { firstName: 'A', phone: '12345', coachId: coach.id, consent: { sms: true } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('phone');
  });

  it('rejects a scale question without a range and an unknown question key', async () => {
    const res = await pols.call('POST', '/v1/questions', { body: { key: 'q-no-range', type: 'scale', text: { nl: 'Hoe?' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('min and max');
    const coach = await createCoach(pols);
    const client = await createClient(pols, { firstName: 'A', phone: uniqueMobile(), coachId: coach.id, consent: { sms: true } });
    const ask = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: ['does-not-exist'] } });
    expect(ask.statusCode).toBe(400);
    expect(ask.json().message).toContain('does-not-exist');
  });

  it('answers 409 when no channel can reach the client', async () => {
    const coach = await createCoach(pols);
    const key = await createScaleQuestion(pols);
    const client = await createClient(pols, { firstName: 'A', phone: uniqueMobile(), coachId: coach.id, consent: {} });
    const res = await pols.call('POST', '/v1/checkins', { body: { clientId: client.id, questionKeys: [key] } });
    expect(res.statusCode).toBe(409);
  });
});
