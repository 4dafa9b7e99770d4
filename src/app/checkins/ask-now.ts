// "Ask now": a coach or operator asks a client their questions right away.
import type { Channel } from '../../domain/channels/choose-channel.js';
import { chooseChannel } from '../../domain/channels/choose-channel.js';
import { audit } from '../audit.js';
import { loadClientFor } from '../clients/client-access.js';
import { reachabilityOf } from '../clients/reachability.js';
import { type AppContext, actorOf, type Principal } from '../context.js';
import { ConflictError } from '../errors.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import { currentQuestions } from '../questions/find-questions.js';
import { createCheckin } from './create-checkin.js';
import { linkSettingsOf } from '../answer-links/link-settings.js';

export async function askNow(ctx: AppContext, principal: Principal, input: { clientId: string; questionKeys: string[]; channel?: Channel | undefined }) {
  const now = ctx.now();
  const result = await ctx.db.transaction(async (tx) => {
    const client = await loadClientFor(tx, principal, input.clientId);
    if (client.pausedUntil && client.pausedUntil > now) {
      throw new ConflictError(`the client is paused until ${client.pausedUntil.toISOString()}; resume the client first (POST /v1/clients/:id/resume)`);
    }
    const questions = await currentQuestions(tx, input.questionKeys);
    const channel = chooseChannel(await reachabilityOf(tx, client), input.channel ? { requested: input.channel } : {});
    if (!channel) {
      throw new ConflictError(
        input.channel
          ? `channel ${input.channel} cannot reach this client (no consent, no address, opted out or unusable)`
          : 'no channel can reach this client (no consent, no address, opted out or unusable)',
      );
    }
    const created = await createCheckin(tx, {
      client,
      channel,
      questions,
      dueAt: now,
      expiresAt: new Date(now.getTime() + ctx.config.CHECKIN_EXPIRY_HOURS * 3_600_000),
      createdBy: actorOf(principal),
      links: linkSettingsOf(ctx.config),
    });
    await audit(tx, { actor: actorOf(principal), action: 'checkin.ask', entityType: 'checkin', entityId: created.checkin.id, details: { channel } });
    return created;
  });
  await enqueueAfterCommit(ctx, [result.message]);
  return {
    id: result.checkin.id,
    clientId: result.checkin.clientId,
    state: result.checkin.state,
    channel: result.checkin.channel,
    questionKeys: input.questionKeys,
    dueAt: result.checkin.dueAt.toISOString(),
    expiresAt: result.checkin.expiresAt.toISOString(),
  };
}
