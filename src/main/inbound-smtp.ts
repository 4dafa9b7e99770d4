import type { AppContext } from '../app/context.js';
import { receiveRawEmail } from '../app/replies/receive-raw-email.js';
import { type InboundSmtpServer, listenForInboundMail } from '../channels/email-smtp/inbound-listener.js';

export type InboundSmtp = InboundSmtpServer;

export function startInboundSmtp(ctx: AppContext, at: { host: string; port: number }): Promise<InboundSmtp> {
  return listenForInboundMail({
    ...at,
    domain: ctx.config.INBOUND_MAIL_DOMAIN,
    onMessage: async (raw) => {
      await receiveRawEmail(ctx, raw);
    },
    onError: (error) => ctx.log.warn({ err: error.message }, 'inbound smtp problem'),
  });
}
