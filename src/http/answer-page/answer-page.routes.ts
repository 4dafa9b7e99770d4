// The client's answer page (/p/:clientToken): the open question, their latest answers, notifications.
// Public: the signed token in the path is the only key, and the page shows nothing beyond the first name.
import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { answerText, optionFromForm } from '../../app/answer-links/answer-options.js';
import { loadAnswerPage } from '../../app/answer-links/answer-page.js';
import { type AnswerOutcome, answerQuestion, loadQuestion } from '../../app/answer-links/answer-question.js';
import type { AppContext } from '../../app/context.js';
import { subscribeToPush } from '../../app/push/push-subscriptions.js';
import { vapidKeysFor } from '../../channels/push-web/vapid-keys.js';
import { clientOfToken, sendHtml, sendOutcome, TOKEN_ROUTE } from './respond.js';
import { answerPageHtml } from './views/answer-page.view.js';
import { confirmPage } from './views/link-pages.js';

const params = z.object({ clientToken: z.string().max(512) });
/** Form fields arrive as strings; a repeated field becomes an array, of which the first counts. */
const field = (max: number) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(max).optional());
const answerForm = z.object({ checkinId: field(64), position: field(6), value: field(300), text: field(2000), nonce: field(64), confirmed: field(4) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NONCE = /^[A-Za-z0-9_-]{16,64}$/;

const keyBytes = (bytes: number, name: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be base64url')
    .transform((s) => s.replace(/=+$/, ''))
    .refine((s) => Buffer.from(s, 'base64url').length === bytes, `${name} must be ${bytes} bytes`);
const subscriptionBody = z.object({
  endpoint: z.string().url().max(2048).refine((u) => u.startsWith('https://'), 'must be an https URL'),
  expirationTime: z.number().nullable().optional(),
  keys: z.object({ p256dh: keyBytes(65, 'p256dh'), auth: keyBytes(16, 'auth') }),
});

export const answerPageRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const vapidPublicKey = () => vapidKeysFor(ctx.config)?.publicKey ?? null;

  app.get('/p/:clientToken', { ...TOKEN_ROUTE, schema: { hide: true, params, querystring: z.object({ saved: z.string().optional() }) } }, async (request, reply) => {
    const who = clientOfToken(ctx, request.params.clientToken);
    if ('problem' in who) return sendOutcome(reply, who.problem);
    const page = await loadAnswerPage(ctx.db, who.clientId, ctx.now());
    if (!page) return sendOutcome(reply, 'invalid');
    const basePath = `/p/${request.params.clientToken}`;
    const nonce = randomBytes(12).toString('base64url');
    return sendHtml(reply, 200, answerPageHtml({ page, basePath, saved: request.query.saved === '1', vapidPublicKey: vapidPublicKey(), nonce }));
  });

  app.get('/p/:clientToken/manifest.webmanifest', { ...TOKEN_ROUTE, schema: { hide: true, params } }, async (request, reply) => {
    const who = clientOfToken(ctx, request.params.clientToken);
    if ('problem' in who) return reply.code(404).send({ error: 'not_found', message: 'unknown or expired page link' });
    return reply.type('application/manifest+json').header('cache-control', 'no-store').send(
      JSON.stringify({
        name: 'Pols',
        short_name: 'Pols',
        start_url: `/p/${request.params.clientToken}`,
        scope: '/p/',
        display: 'standalone',
        background_color: '#f6f8fa',
        theme_color: '#0b5cad',
        icons: [
          { src: '/p/icon.svg', sizes: 'any', type: 'image/svg+xml' },
          { src: '/p/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/p/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      }),
    );
  });

  app.post('/p/:clientToken/answers', { ...TOKEN_ROUTE, schema: { hide: true, params, body: answerForm } }, async (request, reply) => {
    const who = clientOfToken(ctx, request.params.clientToken);
    if ('problem' in who) return sendOutcome(reply, who.problem);
    const basePath = `/p/${request.params.clientToken}`;
    const { checkinId, position: rawPosition, value, text, nonce, confirmed } = request.body;
    const position = Number(rawPosition);
    if (!checkinId || !UUID.test(checkinId) || !Number.isInteger(position) || position < 0) return sendOutcome(reply, 'bad_answer', { pageUrl: basePath });

    const done = (result: AnswerOutcome, locale: 'nl' | 'en') => {
      if (result.outcome === 'recorded' || result.outcome === 'duplicate') return reply.code(303).redirect(`${basePath}?saved=1#antwoorden`);
      const kind = result.outcome === 'answered' ? 'already' : result.outcome === 'closed' ? 'closed' : 'invalid';
      return sendOutcome(reply, kind, { locale, pageUrl: basePath });
    };

    const words = text?.trim();
    if (words) {
      // Typing is deliberate, so no extra confirm; the form's nonce makes a double submit one answer.
      const result = await answerQuestion(ctx, { checkinId, position, text: words, clientId: who.clientId, ...(nonce && NONCE.test(nonce) ? { providerMessageId: `web:${who.clientId}:${nonce}` } : {}) });
      return done(result, result.target?.client.locale ?? 'nl');
    }

    const target = await loadQuestion(ctx.db, checkinId, position);
    if (!target || target.client.id !== who.clientId) return sendOutcome(reply, 'invalid');
    const locale = target.client.locale;
    const option = value === undefined ? null : optionFromForm(target.spec, locale, value);
    if (!option) return sendOutcome(reply, 'bad_answer', { locale, pageUrl: `${basePath}#vraag` });
    if (confirmed !== '1') {
      // Without JavaScript the buttons post straight here: ask "Klopt dit?" first, like an e-mail link.
      const fields = { checkinId, position: String(position), value: String(option.value), confirmed: '1' };
      return sendHtml(reply, 200, confirmPage({ locale, label: option.label, action: `${basePath}/answers`, fields, backUrl: `${basePath}#vraag` }));
    }
    const result = await answerQuestion(ctx, { checkinId, position, text: answerText(target.spec, option), clientId: who.clientId, providerMessageId: `link:${checkinId}:${position}` });
    return done(result, locale);
  });

  app.post(
    '/p/:clientToken/subscriptions',
    { ...TOKEN_ROUTE, schema: { tags: ['answer page'], summary: "Store the client's web push subscription (from the answer page)", security: [], params, body: subscriptionBody } },
    async (request, reply) => {
      const who = clientOfToken(ctx, request.params.clientToken);
      if ('problem' in who) return reply.code(404).send({ error: 'not_found', message: 'unknown or expired page link' });
      const stored = await subscribeToPush(ctx, who.clientId, request.body, request.headers['user-agent'] ?? null);
      return reply.code(201).send({ id: stored.id, subscribed: true });
    },
  );
};
