// E-mail through any SMTP server with nodemailer.
import nodemailer from 'nodemailer';
import type { ChannelAdapter, OutboundMessage, SendResult } from '../channel.js';
import { ChannelError } from '../channel.js';

export interface SmtpSettings {
  url: string;
  from: string;
}

export function createSmtpAdapter(settings: SmtpSettings): ChannelAdapter {
  const transport = nodemailer.createTransport(settings.url);
  return {
    channel: 'email',
    provider: 'smtp',
    async send(message: OutboundMessage): Promise<SendResult> {
      try {
        const info = await transport.sendMail({
          from: settings.from,
          to: message.to,
          subject: message.subject ?? '',
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
          messageId: `<${message.messageId}@${domainOf(settings.from)}>`,
        });
        return { provider: 'smtp', providerMessageId: info.messageId };
      } catch (error) {
        throw toChannelError(error);
      }
    },
    async close() {
      transport.close();
    },
  };
}

function domainOf(address: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(address);
  return match?.[1] ?? 'pols.local';
}

function toChannelError(error: unknown): ChannelError {
  const e = error as { responseCode?: number; code?: string; message?: string };
  if (typeof e.responseCode === 'number' && e.responseCode >= 500) {
    // 5xx on RCPT means this address will not work; on other commands the whole message was refused.
    const addressUnusable = e.code === 'EENVELOPE';
    return new ChannelError(`smtp refused (${e.responseCode})`, 'permanent', { code: e.responseCode, addressUnusable });
  }
  return new ChannelError(`smtp temporarily failed (${e.responseCode ?? e.code ?? 'connection'})`, 'transient', {
    code: e.responseCode ?? e.code,
  });
}
