// One-click answers from e-mail. GET only shows "Je antwoord: 4 — Klopt dit?" (mail scanners that open
// links never answer for the client); the POST from that page records the answer.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AnswerOption, answerText, findOption } from '../../app/answer-links/answer-options.js';
import { answerQuestion, loadQuestion, type QuestionState, type QuestionTarget, stateOf } from '../../app/answer-links/answer-question.js';
import { answerPageToken, linkSettingsOf } from '../../app/answer-links/link-settings.js';
import { verifyAnswerLink } from '../../app/answer-links/tokens.js';
import type { AppContext } from '../../app/context.js';
import { sendHtml, sendOutcome, TOKEN_ROUTE } from './respond.js';
import { confirmPage } from './views/link-pages.js';
import type { Locale } from './views/texts.js';

const params = z.object({ token: z.string().max(2048) });

interface Resolved {
  target: QuestionTarget;
  locale: Locale;
  pagePath: string;
  option: AnswerOption | null;
  state: QuestionState;
}

export const answerLinkRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const links = linkSettingsOf(ctx.config);

  /** The link's question and chosen option, or the reason it cannot be answered. */
  async function resolve(token: string): Promise<Resolved | { problem: 'invalid' | 'expired' }> {
    const now = ctx.now();
    const verified = verifyAnswerLink(ctx.config.ANSWER_LINK_SECRET, token, now);
    if (!verified.ok) return { problem: verified.reason };
    const { claims } = verified;
    const target = await loadQuestion(ctx.db, claims.checkinId, claims.position);
    if (!target) return { problem: 'invalid' };
    const locale = target.client.locale;
    const pagePath = `/p/${answerPageToken(links, target.client.id, now)}`;
    const option = claims.value === undefined ? null : findOption(target.spec, locale, claims.value);
    return { target, locale, pagePath, option, state: stateOf(target, now) };
  }

  app.get('/a/:token', { ...TOKEN_ROUTE, schema: { hide: true, params } }, async (request, reply) => {
    const found = await resolve(request.params.token);
    if ('problem' in found) return sendOutcome(reply, found.problem);
    const { locale, pagePath, option, state } = found;
    // A link without a (known) chosen value opens the question on the answer page.
    if (!option) return reply.code(303).header('cache-control', 'no-store').redirect(`${pagePath}#vraag`);
    if (state !== 'open') return sendOutcome(reply, state === 'answered' ? 'already' : 'closed', { locale, pageUrl: pagePath });
    return sendHtml(
      reply,
      200,
      confirmPage({ locale, label: option.label, action: `/a/${request.params.token}`, fields: { confirm: '1' }, backUrl: `${pagePath}#vraag` }),
    );
  });

  app.post('/a/:token', { ...TOKEN_ROUTE, schema: { hide: true, params } }, async (request, reply) => {
    const found = await resolve(request.params.token);
    if ('problem' in found) return sendOutcome(reply, found.problem);
    const { target, locale, pagePath, option } = found;
    if (!option) return sendOutcome(reply, 'bad_answer', { locale, pageUrl: pagePath });
    const { checkin, position } = target;
    const result = await answerQuestion(ctx, {
      checkinId: checkin.id,
      position,
      text: answerText(target.spec, option),
      // Same id for every tap on this question's links (and its buttons on the answer page): stored once.
      providerMessageId: `link:${checkin.id}:${position}`,
    });
    const common = { locale, pageUrl: pagePath, coachName: target.coachName };
    if (result.outcome === 'recorded' || result.outcome === 'duplicate') return sendOutcome(reply, 'thanks', common);
    if (result.outcome === 'answered') return sendOutcome(reply, 'already', common);
    return sendOutcome(reply, result.outcome === 'closed' ? 'closed' : 'invalid', common);
  });
};
