// The only reader of process.env. One zod schema; every wrong variable is reported at once.
import { createHash } from 'node:crypto';
import { z } from 'zod';

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const port = z.coerce.number().int().min(0).max(65535);

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().url().default('postgres://postgres@127.0.0.1:5432/pols'),
    REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
    QUEUE_PREFIX: z.string().regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, - and _ only').default('pols'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(3000),
    PUBLIC_BASE_URL: optionalString.pipe(z.string().url().optional()),
    POLS_ADMIN_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TWILIO_ACCOUNT_SID: optionalString,
    TWILIO_AUTH_TOKEN: optionalString,
    TWILIO_FROM: optionalString,
    TWILIO_MESSAGING_SERVICE_SID: optionalString,
    TWILIO_API_BASE_URL: optionalString.pipe(z.string().url().optional()),
    SMTP_URL: optionalString.pipe(z.string().url().optional()),
    MAIL_FROM: optionalString,
    INBOUND_SMTP_PORT: port.default(0),
    INBOUND_SMTP_HOST: z.string().min(1).default('127.0.0.1'),
    INBOUND_MAIL_DOMAIN: z.string().min(1).default('localhost'),
    VAPID_PUBLIC_KEY: optionalString,
    VAPID_PRIVATE_KEY: optionalString,
    VAPID_SUBJECT: optionalString,
    /** Signs answer links in e-mail/SMS and the client's answer page; generated per process in development. */
    ANSWER_LINK_SECRET: optionalString.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
    /** Shared secret for POST /v1/webhooks/email (inbound mail forwarded over HTTP as raw MIME); unset = endpoint off. */
    INBOUND_EMAIL_WEBHOOK_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
    DEFAULT_TIMEZONE: z.string().default('Europe/Amsterdam').refine((zone) => isValidZone(zone), 'is not an IANA time zone'),
    /** How long a check-in stays open for an answer when no schedule says otherwise. */
    CHECKIN_EXPIRY_HOURS: z.coerce.number().positive().default(72),
    /** Seconds between reconciliation runs (Postgres → BullMQ). */
    RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().positive().default(30),
    /** Check-ins per client per local day across all schedules; a schedule's own capPerDay can only be stricter. */
    CHECKINS_PER_CLIENT_PER_DAY: z.coerce.number().int().min(1).max(24).default(1),
    /** Seconds between schedule planning runs (occurrences are materialized 48 hours ahead). */
    PLAN_INTERVAL_SECONDS: z.coerce.number().int().positive().default(300),
    /** SMS sent per second at most (the sending number's throughput; Twilio queues what exceeds it). */
    SMS_PER_SECOND: z.coerce.number().positive().default(10),
    WORKER_CONCURRENCY: z.coerce.number().int().positive().default(20),
    /** How long a worker holds a job before another may take it over (a dead worker's jobs return after this). */
    JOB_LOCK_SECONDS: z.coerce.number().int().positive().default(30),
  });

/** Rules between variables. They read the raw values, so they are reported even when other variables are invalid. */
function crossFieldProblems(source: Record<string, string | undefined>): string[] {
  const set = (name: string) => Boolean(source[name]?.trim());
  const problems: string[] = [];
  if (source.NODE_ENV === 'production') {
    if (!set('POLS_ADMIN_TOKEN')) problems.push('POLS_ADMIN_TOKEN is required outside development');
    if (!set('ANSWER_LINK_SECRET')) problems.push('ANSWER_LINK_SECRET is required outside development');
  }
  if (set('TWILIO_ACCOUNT_SID') !== set('TWILIO_AUTH_TOKEN')) {
    problems.push(`${set('TWILIO_ACCOUNT_SID') ? 'TWILIO_AUTH_TOKEN' : 'TWILIO_ACCOUNT_SID'} must be set together with the other Twilio credential`);
  }
  if (set('TWILIO_ACCOUNT_SID') && set('TWILIO_AUTH_TOKEN') && !set('TWILIO_FROM') && !set('TWILIO_MESSAGING_SERVICE_SID')) {
    problems.push('TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID is required with Twilio credentials');
  }
  return problems;
}

function isValidZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof schema>;

export interface Config extends Omit<Env, 'PUBLIC_BASE_URL' | 'POLS_ADMIN_TOKEN' | 'ANSWER_LINK_SECRET'> {
  PUBLIC_BASE_URL: string;
  POLS_ADMIN_TOKEN: string;
  ANSWER_LINK_SECRET: string;
  twilioEnabled: boolean;
  smtpEnabled: boolean;
}

/** Development-only operator token, so `npm start` works on a fresh machine (API listens on localhost). */
export const DEV_ADMIN_TOKEN = 'pols-dev-admin-token';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(source);
  const problems = [...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'} ${i.message}`)), ...crossFieldProblems(source)];
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const env = parsed.data;
  const adminToken = env.POLS_ADMIN_TOKEN ?? DEV_ADMIN_TOKEN;
  return {
    ...env,
    PUBLIC_BASE_URL: (env.PUBLIC_BASE_URL ?? `http://${env.HOST}:${env.PORT}`).replace(/\/+$/, ''),
    POLS_ADMIN_TOKEN: adminToken,
    // Outside production a secret derived from the operator token keeps links valid across processes and restarts.
    ANSWER_LINK_SECRET: env.ANSWER_LINK_SECRET ?? createHash('sha256').update(`pols-answer-links:${adminToken}`).digest('hex'),
    twilioEnabled: Boolean(env.TWILIO_ACCOUNT_SID && env.TWILIO_AUTH_TOKEN),
    smtpEnabled: Boolean(env.SMTP_URL),
  };
}
