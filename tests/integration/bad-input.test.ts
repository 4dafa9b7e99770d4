// Every route in the OpenAPI document, fed malformed ids, bodies and content types: never a 500.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_TOKEN } from '../support/test-env.js';
import { createClient, createCoach, createScaleQuestion, type Pols, startPols, uniqueMobile } from '../support/harness.js';

let pols: Pols;
beforeAll(async () => {
  pols = await startPols({ workers: false, env: { INBOUND_EMAIL_WEBHOOK_SECRET: 'bad-input-secret-0123456789' } });
});
afterAll(async () => pols?.close());

const BODIES: unknown[] = [
  null,
  'x',
  42,
  [],
  {},
  { a: 1 },
  { clientId: 'nope', questionKeys: 'x' },
  { text: 'x'.repeat(100_000) },
  { firstName: '', coachId: 'x', consent: {} },
  { value: { nested: [1, 2] }, status: 'answered' },
  { until: 'tomorrow', rrule: 'FREQ=', name: 1 },
  { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } },
];
const CONTENT_TYPES = ['application/json', 'application/x-www-form-urlencoded', 'text/plain', 'message/rfc822'];

it('never answers a 500 to malformed ids, bodies or content types on any documented route', async () => {
  const coach = await createCoach(pols);
  const key = await createScaleQuestion(pols);
  const client = await createClient(pols, { firstName: 'Nicole', phone: uniqueMobile(), coachId: coach.id, consent: { sms: true } });
  const doc = (await pols.call('GET', '/docs/json', { token: null })).json() as { paths: Record<string, Record<string, unknown>> };
  const fill: Record<string, string> = { kind: 'callback_requested', key, token: 'abc.def', clientToken: 'abc.def' };
  let requests = 0;
  const failures: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    const url = path.replace(/\{(\w+)\}/g, (_m, name: string) => fill[name] ?? client.id);
    const urls = [url, url.replaceAll(client.id, 'not-a-uuid'), url.replaceAll(client.id, '00000000-0000-4000-8000-000000000000'), `${url}?count=-1&from=x&limit=abc&days=999999`];
    for (const method of Object.keys(operations)) {
      for (const target of urls) {
        for (const body of method === 'get' ? [undefined] : BODIES) {
          for (const type of method === 'get' ? ['application/json'] : CONTENT_TYPES) {
            const payload = body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : String(body);
            const res = await pols.runtime.app!.inject({ method: method.toUpperCase() as 'GET', url: target, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': type }, ...(payload === undefined ? {} : { payload }) });
            requests++;
            if (res.statusCode >= 500) failures.push(`${res.statusCode} ${method.toUpperCase()} ${target} (${type}) ${String(payload).slice(0, 60)}: ${res.body.slice(0, 160)}`);
          }
        }
      }
    }
  }
  expect(Object.keys(doc.paths).length).toBeGreaterThan(20);
  expect(requests).toBeGreaterThan(1_000);
  expect(failures).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}, 120_000);
