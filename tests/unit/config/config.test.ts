// One schema over the environment: defaults work on a developer machine, every wrong variable is named at once.
import { describe, expect, it } from 'vitest';
import { ConfigError, DEV_ADMIN_TOKEN, loadConfig } from '../../../src/config/config.js';

describe('configuration', () => {
  it('starts with safe local defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/pols',
      REDIS_URL: 'redis://127.0.0.1:6379',
      HOST: '127.0.0.1',
      PORT: 3000,
      PUBLIC_BASE_URL: 'http://127.0.0.1:3000',
      POLS_ADMIN_TOKEN: DEV_ADMIN_TOKEN,
      INBOUND_SMTP_PORT: 0,
      INBOUND_MAIL_DOMAIN: 'localhost',
      DEFAULT_TIMEZONE: 'Europe/Amsterdam',
      twilioEnabled: false,
      smtpEnabled: false,
    });
  });

  it('names every wrong variable in one message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', DEFAULT_TIMEZONE: 'Mars/Olympus', TWILIO_ACCOUNT_SID: 'AC123', SMS_PER_SECOND: '-1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'DEFAULT_TIMEZONE', 'TWILIO_AUTH_TOKEN', 'SMS_PER_SECOND']) expect(message).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(5);
  });

  it('requires an operator token and a link secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/POLS_ADMIN_TOKEN.*ANSWER_LINK_SECRET|ANSWER_LINK_SECRET.*POLS_ADMIN_TOKEN/);
    expect(() => loadConfig({ NODE_ENV: 'production', POLS_ADMIN_TOKEN: 'x'.repeat(32), ANSWER_LINK_SECRET: 'y'.repeat(32) })).not.toThrow();
  });

  it('enables Twilio with a Messaging Service instead of a From number', () => {
    const config = loadConfig({ TWILIO_ACCOUNT_SID: 'AC1', TWILIO_AUTH_TOKEN: 'secret', TWILIO_MESSAGING_SERVICE_SID: 'MG1' });
    expect(config.twilioEnabled).toBe(true);
  });
});
