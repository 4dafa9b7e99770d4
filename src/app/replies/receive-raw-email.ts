// A raw inbound e-mail (SMTP listener or MIME webhook): bounces and auto-replies are never answers
// (a hard bounce makes the address unusable and falls back); real replies are matched by the reply
// token in the recipient address, or by In-Reply-To, and recorded.
import { and, eq, isNull } from 'drizzle-orm';
import { extractReplyToken, type InboundMail, parseInboundMail } from '../../channels/email-smtp/inbound/index.js';
import { checkins, clients, messages } from '../../db/schema/index.js';
import type { AppContext } from '../context.js';
import { enqueueAfterCommit } from '../messages/enqueue.js';
import { fallBackFrom, markChannelUnusable } from '../messages/fallback.js';
import { type EmailReceipt, receiveEmailReply } from './receive-email.js';
import { linkSettingsOf } from '../answer-links/link-settings.js';

/** Our outbound Message-ID is `<message uuid>@domain>`; anything else (even 36 hex digits) is not ours. */
const OUR_MESSAGE_ID = /^<?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/i;

export type RawEmailReceipt = EmailReceipt | { outcome: 'ignored'; kind: 'auto_reply' | 'bounce' };

export async function receiveRawEmail(ctx: AppContext, raw: Buffer | string): Promise<RawEmailReceipt> {
  const mail = await parseInboundMail(raw);
  if (mail.kind === 'auto_reply') {
    ctx.log.info('automatic reply ignored');
    return { outcome: 'ignored', kind: 'auto_reply' };
  }
  if (mail.kind === 'bounce') {
    await handleBounce(ctx, mail);
    return { outcome: 'ignored', kind: 'bounce' };
  }
  const token = extractReplyToken(mail.to, ctx.config.INBOUND_MAIL_DOMAIN) ?? (await tokenFromInReplyTo(ctx, mail));
  return receiveEmailReply(ctx, { token, text: mail.text, messageId: mail.messageId });
}

/** A reply's In-Reply-To (or References) points back at our outbound Message-ID. */
async function tokenFromInReplyTo(ctx: AppContext, mail: InboundMail): Promise<string | null> {
  for (const ref of [mail.inReplyTo, ...mail.references]) {
    const id = OUR_MESSAGE_ID.exec(ref ?? '')?.[1];
    if (!id) continue;
    const [row] = await ctx.db.select({ token: checkins.replyToken }).from(messages).innerJoin(checkins, eq(checkins.id, messages.checkinId)).where(eq(messages.id, id));
    if (row) return row.token;
  }
  return null;
}

async function handleBounce(ctx: AppContext, mail: InboundMail): Promise<void> {
  const bounce = mail.bounce;
  ctx.log.info({ hard: bounce?.hard ?? false }, 'bounce received');
  if (!bounce?.hard || !bounce.recipient) return;
  const now = ctx.now();
  const originalId = OUR_MESSAGE_ID.exec(bounce.originalMessageId ?? '')?.[1];
  const next = await ctx.db.transaction(async (tx) => {
    const affected = await tx.select().from(clients).where(and(eq(clients.email, bounce.recipient!), isNull(clients.deletedAt)));
    for (const client of affected) await markChannelUnusable(tx, client.id, 'email', `hard bounce ${bounce.status ?? ''}`.trim(), now);
    if (!originalId) return null;
    const [message] = await tx.update(messages).set({ status: 'failed', error: 'hard bounce', statusAt: now }).where(eq(messages.id, originalId)).returning();
    return message ? fallBackFrom(tx, message, now, linkSettingsOf(ctx.config)) : null;
  });
  await enqueueAfterCommit(ctx, [next]);
}
