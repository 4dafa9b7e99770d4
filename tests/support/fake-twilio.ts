// A local HTTP server that answers Twilio's Messages API the way Twilio does, for the real `twilio` SDK.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';

export interface FakeSms {
  sid: string;
  to: string;
  from?: string;
  messagingServiceSid?: string;
  body: string;
  statusCallback?: string;
}

export interface PlannedFailure {
  status: number;
  code?: number;
  retryAfterSeconds?: number;
}

export interface FakeTwilio {
  url: string;
  accountSid: string;
  authToken: string;
  messages: FakeSms[];
  requests: number;
  /** When each request arrived (Date.now()), in order, for tests that check retry timing. */
  requestTimes: number[];
  /** The next requests fail with these answers, in order. */
  failNext(...failures: PlannedFailure[]): void;
  /** Hold requests until released (to kill a worker mid-send). */
  hold(): { release(): void; waiting: Promise<void> };
  close(): Promise<void>;
}

export async function startFakeTwilio(accountSid = `AC${randomBytes(16).toString('hex')}`, authToken = randomBytes(16).toString('hex')): Promise<FakeTwilio> {
  const messages: FakeSms[] = [];
  const failures: PlannedFailure[] = [];
  let holding: { promise: Promise<void>; release: () => void; arrived: () => void } | null = null;
  const fake = { requests: 0, requestTimes: [] as number[] } as FakeTwilio;

  const server: Server = createServer(async (req, res) => {
    fake.requests++;
    fake.requestTimes.push(Date.now());
    const body = await readBody(req);
    const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    const path = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };
    if (req.headers.authorization !== expectedAuth) return send(401, { code: 20003, message: 'Authenticate', status: 401 });
    if (req.method !== 'POST' || req.url !== path) return send(404, { code: 20404, message: 'The requested resource was not found', status: 404 });
    if (holding) {
      holding.arrived();
      await holding.promise;
    }
    const failure = failures.shift();
    if (failure) {
      return send(failure.status, { code: failure.code ?? failure.status, message: 'planned failure', more_info: 'https://www.twilio.com/docs/errors', status: failure.status }, failure.retryAfterSeconds ? { 'retry-after': String(failure.retryAfterSeconds) } : {});
    }
    const form = new URLSearchParams(body);
    const to = form.get('To');
    const text = form.get('Body');
    if (!to || text === null || (!form.get('From') && !form.get('MessagingServiceSid'))) {
      return send(400, { code: 21604, message: "A 'To' phone number, a 'Body' and a 'From' are required.", status: 400 });
    }
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const sms: FakeSms = { sid, to, body: text };
    if (form.get('From')) sms.from = form.get('From')!;
    if (form.get('MessagingServiceSid')) sms.messagingServiceSid = form.get('MessagingServiceSid')!;
    if (form.get('StatusCallback')) sms.statusCallback = form.get('StatusCallback')!;
    messages.push(sms);
    const now = new Date().toUTCString();
    send(201, {
      account_sid: accountSid, api_version: '2010-04-01', body: text, date_created: now, date_sent: null, date_updated: now,
      direction: 'outbound-api', error_code: null, error_message: null, from: sms.from ?? null, messaging_service_sid: sms.messagingServiceSid ?? null,
      num_media: '0', num_segments: '1', price: null, price_unit: 'USD', sid, status: 'queued', subresource_uris: {}, to, uri: `${path.replace('.json', '')}/${sid}.json`,
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };

  return Object.assign(fake, {
    url: `http://127.0.0.1:${address.port}`,
    accountSid,
    authToken,
    messages,
    failNext: (...f: PlannedFailure[]) => void failures.push(...f),
    hold() {
      let release!: () => void;
      let arrived!: () => void;
      const promise = new Promise<void>((r) => (release = r));
      const waiting = new Promise<void>((r) => (arrived = r));
      holding = { promise, release, arrived };
      return { release: () => { holding = null; release(); }, waiting };
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
