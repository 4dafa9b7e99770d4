// Closes everything on SIGTERM/SIGINT within a deadline, then exits.
import type { Logger } from '../log/logger.js';

export function closeOnSignals(close: () => Promise<void>, log: Logger, deadlineMs = 10_000): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error('shutdown deadline passed; exiting');
      process.exit(1);
    }, deadlineMs);
    timer.unref();
    close()
      .then(() => process.exit(0))
      .catch((error: Error) => {
        log.error({ err: error.message }, 'shutdown failed');
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}
