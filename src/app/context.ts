// Everything a use-case may touch, wired once in src/main.
import type { Config } from '../config/config.js';
import type { ChannelRegistry } from '../channels/channel.js';
import type { Db } from '../db/client.js';
import type { DeliveryQueue } from '../jobs/job-queue.js';
import type { Logger } from '../log/logger.js';

export interface AppContext {
  config: Config;
  db: Db;
  queue: DeliveryQueue;
  channels: ChannelRegistry;
  log: Logger;
  now: () => Date;
}

/** Who is calling: the operator may do everything, a coach only their own clients. */
export type Principal = { role: 'operator'; tokenId?: string } | { role: 'coach'; coachId: string; tokenId: string };

export const actorOf = (p: Principal | 'system'): string =>
  p === 'system' ? 'system' : p.role === 'operator' ? 'operator' : `coach:${p.coachId}`;
