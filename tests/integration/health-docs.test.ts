// Liveness, readiness and the OpenAPI document.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Pols, startPols } from '../support/harness.js';

let pols: Pols;
beforeAll(async () => {
  pols = await startPols({ workers: false });
});
afterAll(async () => pols?.close());

it('answers liveness and readiness without a token', async () => {
  expect((await pols.call('GET', '/healthz', { token: null })).json()).toEqual({ status: 'ok' });
  expect((await pols.call('GET', '/readyz', { token: null })).json()).toEqual({ status: 'ready', database: true, redis: true });
});

it('serves an OpenAPI document with the contract routes', async () => {
  const res = await pols.call('GET', '/docs/json', { token: null });
  expect(res.statusCode).toBe(200);
  const paths = Object.keys(res.json().paths);
  for (const path of ['/v1/coaches', '/v1/clients', '/v1/questions', '/v1/schedules', '/v1/schedules/{id}/preview', '/v1/checkins', '/v1/clients/{id}/timeline', '/v1/clients/{id}/profile', '/v1/webhooks/twilio/sms', '/v1/webhooks/twilio/status']) {
    expect(paths).toContain(path);
  }
});

it('reports not ready when Redis is unreachable', async () => {
  pols.runtime.redis.disconnect();
  const res = await pols.call('GET', '/readyz', { token: null });
  expect(res.statusCode).toBe(503);
  expect(res.json()).toMatchObject({ status: 'not_ready', database: true, redis: false });
});
