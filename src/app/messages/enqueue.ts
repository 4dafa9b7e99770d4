// After a commit, hand messages to the queue. If Redis is unavailable the rows stay `queued`
// and the reconciler enqueues them later, so a lost enqueue delays a message but never loses it.
import type { AppContext } from '../context.js';
import type { ComposedMessage } from './compose-message.js';

export async function enqueueAfterCommit(ctx: AppContext, messages: ReadonlyArray<ComposedMessage | null>): Promise<void> {
  const ready = messages.filter((m): m is ComposedMessage => m !== null);
  try {
    await ctx.queue.enqueueDelivery(ready, ctx.now());
  } catch (error) {
    ctx.log.warn({ err: (error as Error).message, count: ready.length }, 'enqueue failed; the reconciler will retry');
  }
}
