// Which channels can reach a client, in the order to try them: the client's preference first, then SMS → e-mail → push.
export type Channel = 'sms' | 'email' | 'push';
export const FALLBACK_ORDER: readonly Channel[] = ['sms', 'email', 'push'];

export interface Reachability {
  preferred: readonly string[];
  consent: Record<Channel, boolean>;
  hasAddress: Record<Channel, boolean>;
  /** Channels the client opted out of or that failed permanently. */
  blocked: ReadonlySet<Channel>;
}

export function usableChannels(r: Reachability): Channel[] {
  const ordered = [...r.preferred.filter((c): c is Channel => FALLBACK_ORDER.includes(c as Channel)), ...FALLBACK_ORDER];
  return [...new Set(ordered)].filter((c) => r.consent[c] && r.hasAddress[c] && !r.blocked.has(c));
}

/** The channel to use now: the requested one if usable, otherwise the first usable one not yet tried. */
export function chooseChannel(r: Reachability, options: { requested?: Channel; tried?: readonly Channel[] } = {}): Channel | null {
  const usable = usableChannels(r).filter((c) => !options.tried?.includes(c));
  if (options.requested) return usable.includes(options.requested) ? options.requested : null;
  return usable[0] ?? null;
}
