// An inbound e-mail reply (from the SMTP listener or the MIME webhook), matched by the reply token.
import type { AppContext } from '../context.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import { checkinByReplyToken } from './match-checkin.js';
import { recordReply } from './record-reply.js';
import { linkSettingsOf } from '../answer-links/link-settings.js';

export interface InboundEmailReply {
  token: string | null;
  text: string;
  messageId?: string | undefined;
}

export type EmailReceipt = { outcome: 'recorded' | 'duplicate' | 'unmatched'; answerId?: string };

export async function receiveEmailReply(ctx: AppContext, mail: InboundEmailReply): Promise<EmailReceipt> {
  const now = ctx.now();
  const token = mail.token;
  const outcome = await ctx.db.transaction(async (tx) => {
    const matched = token ? await checkinByReplyToken(tx, token) : null;
    if (!matched) return null;
    const checkin = ['open', 'expired'].includes(matched.checkin.state) ? matched.checkin : null;
    return recordReply(tx, {
      client: matched.client,
      links: linkSettingsOf(ctx.config),
      checkin,
      channel: 'email',
      text: mail.text,
      receivedAt: now,
      providerMessageId: mail.messageId ? `email:${mail.messageId}` : undefined,
    });
  });
  if (!outcome) {
    ctx.log.info('e-mail without a known reply token ignored');
    return { outcome: 'unmatched' };
  }
  if (outcome.duplicate) return { outcome: 'duplicate' };
  await enqueueAfterCommit(ctx, outcome.outgoing);
  ctx.log.info({ answerId: outcome.answerId, status: outcome.result?.status }, 'e-mail reply recorded');
  return { outcome: 'recorded', ...(outcome.answerId ? { answerId: outcome.answerId } : {}) };
}
