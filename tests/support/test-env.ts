// Configuration for tests: a separate database, and a fresh queue prefix per runtime so test files never share jobs.
import { randomBytes } from 'node:crypto';
import { type Config, loadConfig } from '../../src/config/config.js';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/pols_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const ADMIN_TOKEN = 'test-operator-token-0123456789';

export function testConfig(overrides: Record<string, string | undefined> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: `t${randomBytes(6).toString('hex')}`,
    POLS_ADMIN_TOKEN: ADMIN_TOKEN,
    PUBLIC_BASE_URL: 'https://pols.test',
    INBOUND_MAIL_DOMAIN: 'reply.pols.test',
    LOG_LEVEL: 'info',
    RECONCILE_INTERVAL_SECONDS: '3600',
    ...overrides,
  });
}
