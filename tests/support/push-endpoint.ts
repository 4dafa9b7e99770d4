// A local web push service over HTTPS (self-signed, made with openssl at test time) that checks what a
// real push service checks: the VAPID JWT (ES256 signature, audience, expiry), aes128gcm and TTL. It
// decrypts each message with the fake browser's own keys (RFC 8291) so tests can read the payload.
import { execFileSync } from 'node:child_process';
import { createECDH, createHmac, createPublicKey, type ECDH, createDecipheriv, randomBytes, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BrowserSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface ReceivedPush {
  id: string;
  status: number;
  ttl: number;
  topic: string | undefined;
  vapidPublicKey: string;
  claims: { aud: string; exp: number; sub: string };
  payload: { title: string; body: string; url: string };
}

export interface PushEndpoint {
  origin: string;
  /** Trusts this server's certificate; give it to the web push adapter. */
  agent: Agent;
  received: ReceivedPush[];
  /** Requests that failed a check (should stay empty). */
  refused: Array<{ id: string; reason: string }>;
  /** A fake browser: a fresh P-256 key pair and auth secret, and its endpoint here. */
  newBrowser(): BrowserSubscription & { id: string };
  /** How the endpoint of this browser answers from now on (201 by default; 404/410 = gone, 429 = slow down). */
  answer(id: string, status: number): void;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pols-push-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hmac = (key: Buffer, ...data: Buffer[]) => {
  const h = createHmac('sha256', key);
  for (const d of data) h.update(d);
  return h.digest();
};

/** RFC 8291 + RFC 8188 (one record): the browser's side of web push encryption. */
export function decryptPush(body: Buffer, browser: ECDH, authSecret: Buffer): Buffer {
  const salt = body.subarray(0, 16);
  const idLength = body[20]!;
  const serverPublicKey = body.subarray(21, 21 + idLength);
  const ciphertext = body.subarray(21 + idLength);
  const ecdhSecret = browser.computeSecret(serverPublicKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browser.getPublicKey(), serverPublicKey]);
  const ikm = hmac(hmac(authSecret, ecdhSecret), keyInfo, Buffer.from([1]));
  const prk = hmac(salt, ikm);
  const cek = hmac(prk, Buffer.from('Content-Encoding: aes128gcm\0'), Buffer.from([1])).subarray(0, 16);
  const nonce = hmac(prk, Buffer.from('Content-Encoding: nonce\0'), Buffer.from([1])).subarray(0, 12);
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
  const padded = Buffer.concat([decipher.update(ciphertext.subarray(0, ciphertext.length - 16)), decipher.final()]);
  // The last record ends with a 0x02 delimiter followed by zero padding.
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('missing last-record delimiter');
  return padded.subarray(0, end);
}

/** Verifies `vapid t=<JWT>, k=<key>`: the ES256 signature with key k, audience = our origin, expiry ahead. */
function checkVapid(header: string | undefined, origin: string): { key: string; claims: ReceivedPush['claims'] } {
  const match = /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match) throw new Error('Authorization is not "vapid t=..., k=..."');
  const [head, body, signature] = match[1]!.split('.') as [string, string, string];
  const point = Buffer.from(match[2]!, 'base64url');
  if (point.length !== 65 || point[0] !== 4) throw new Error('k is not an uncompressed P-256 point');
  const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' });
  const header_ = JSON.parse(Buffer.from(head, 'base64url').toString()) as { alg?: string };
  if (header_.alg !== 'ES256') throw new Error(`JWT alg is ${header_.alg}`);
  if (!verify('sha256', Buffer.from(`${head}.${body}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'))) throw new Error('JWT signature does not verify');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as ReceivedPush['claims'];
  const now = Date.now() / 1000;
  if (claims.aud !== origin) throw new Error(`JWT aud ${claims.aud} is not ${origin}`);
  if (!(claims.exp > now && claims.exp <= now + 24 * 3600 + 60)) throw new Error('JWT exp not within 24 hours ahead');
  if (!/^(mailto:|https:)/.test(claims.sub ?? '')) throw new Error('JWT sub is not mailto: or https:');
  return { key: match[2]!, claims };
}

export async function startPushEndpoint(): Promise<PushEndpoint> {
  const { key, cert } = selfSignedCertificate();
  const browsers = new Map<string, { ecdh: ECDH; auth: Buffer; status: number }>();
  const received: ReceivedPush[] = [];
  const refused: PushEndpoint['refused'] = [];
  let origin = '';

  const server: Server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = /^\/push\/([a-z0-9]+)$/.exec(req.url ?? '')?.[1] ?? '';
      const browser = browsers.get(id);
      if (req.method !== 'POST' || !browser) return void res.writeHead(404).end();
      try {
        const vapid = checkVapid(req.headers.authorization, origin);
        if (req.headers['content-encoding'] !== 'aes128gcm') throw new Error(`Content-Encoding is ${req.headers['content-encoding']}`);
        const ttl = Number(req.headers.ttl);
        if (req.headers.ttl === undefined || !Number.isInteger(ttl) || ttl < 0) throw new Error('TTL header missing or invalid');
        const payload = JSON.parse(decryptPush(Buffer.concat(chunks), browser.ecdh, browser.auth).toString('utf8'));
        const topic = req.headers.topic as string | undefined;
        received.push({ id, status: browser.status, ttl, topic, vapidPublicKey: vapid.key, claims: vapid.claims, payload });
        res.writeHead(browser.status, browser.status === 429 ? { 'retry-after': '1' } : { location: `${origin}/message/${randomBytes(4).toString('hex')}` }).end();
      } catch (error) {
        refused.push({ id, reason: (error as Error).message });
        res.writeHead(400).end((error as Error).message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
  const agent = new Agent({ ca: cert, keepAlive: false });

  return {
    origin,
    agent,
    received,
    refused,
    newBrowser() {
      const id = randomBytes(8).toString('hex');
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      browsers.set(id, { ecdh, auth, status: 201 });
      return { id, endpoint: `${origin}/push/${id}`, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
    },
    answer(id, status) {
      const browser = browsers.get(id);
      if (!browser) throw new Error(`unknown browser ${id}`);
      browser.status = status;
    },
    async close() {
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
