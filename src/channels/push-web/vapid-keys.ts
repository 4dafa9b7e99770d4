// VAPID keys: from the configuration, or (outside production) generated once and kept in
// .pols-dev/vapid.json so the API, the workers and every restart share them.
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webpush from 'web-push';
import type { Config } from '../../config/config.js';

export interface VapidKeys {
  subject: string;
  publicKey: string;
  privateKey: string;
}

const cache = new Map<string, VapidKeys>();

/** Null in production without configured keys: push then stays off (the answer page offers no notifications). */
export function vapidKeysFor(config: Config, devDir = resolve('.pols-dev')): VapidKeys | null {
  const subject = config.VAPID_SUBJECT ?? `mailto:pols@${config.INBOUND_MAIL_DOMAIN}`;
  if (config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY) return { subject, publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY };
  if (config.NODE_ENV === 'production') return null;
  const file = join(devDir, 'vapid.json');
  const cached = cache.get(file);
  if (cached) return { ...cached, subject };
  if (!existsSync(file)) createOnce(file);
  const keys = JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  const result = { subject, publicKey: keys.publicKey, privateKey: keys.privateKey };
  cache.set(file, result);
  return result;
}

/** Write to a private temp file, then hard-link it into place: the first process wins, nobody reads half a file. */
function createOnce(file: string): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, JSON.stringify(webpush.generateVAPIDKeys(), null, 2), { mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temp);
  }
}
