// Shared bits of the client page routes: HTML replies that are never cached, and the token check.
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../app/context.js';
import { verifyClientToken } from '../../app/answer-links/tokens.js';
import { type OutcomeKind, outcomePage } from './views/link-pages.js';
import type { Locale } from './views/texts.js';

export function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

const STATUS: Record<OutcomeKind, number> = { thanks: 200, already: 200, closed: 410, expired: 410, invalid: 404, bad_answer: 400 };

export function sendOutcome(reply: FastifyReply, kind: OutcomeKind, options: { locale?: Locale; coachName?: string; pageUrl?: string | null } = {}): FastifyReply {
  return sendHtml(reply, STATUS[kind], outcomePage({ locale: options.locale ?? 'nl', kind, ...options }));
}

/** The client id of a page token, or the outcome page to show instead (forged, malformed or expired). */
export function clientOfToken(ctx: AppContext, token: string): { clientId: string } | { problem: 'invalid' | 'expired' } {
  const verified = verifyClientToken(ctx.config.ANSWER_LINK_SECRET, token, ctx.now());
  return verified.ok ? { clientId: verified.claims.clientId } : { problem: verified.reason };
}

/** Route options for pages whose path carries a token: request logs would otherwise hold the token. */
export const TOKEN_ROUTE = { logLevel: 'warn' as const };
