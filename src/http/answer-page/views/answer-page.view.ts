// The client's answer page: the open question as big buttons (plus their own words), their latest
// answers, and a button to turn on notifications. Works without JavaScript; app.js adds an inline confirm and push.
import { answerOptions } from '../../../app/answer-links/answer-options.js';
import type { AnswerPage } from '../../../app/answer-links/answer-page.js';
import { escapeHtml, layout } from './layout.js';
import { PAGE_TEXTS, type PageTexts } from './texts.js';

export interface AnswerPageView {
  page: AnswerPage;
  /** Base path of this client's page, e.g. /p/<token>. */
  basePath: string;
  saved: boolean;
  vapidPublicKey: string | null;
  nonce: string;
}

export function answerPageHtml(view: AnswerPageView): string {
  const { page } = view;
  const t = PAGE_TEXTS[page.locale];
  const saved = view.saved ? `<div class="notice" role="status"><strong>${escapeHtml(t.thanksTitle)}</strong> ${escapeHtml(t.thanks(page.coachName))}</div>` : '';
  return layout(
    { locale: page.locale, title: t.hello(page.firstName), manifestUrl: `${view.basePath}/manifest.webmanifest` },
    `<h1>${escapeHtml(t.hello(page.firstName))}</h1>
${saved}
${questionSection(view, t)}
${recentSection(view, t)}
${notificationsSection(view, t)}`,
  );
}

function questionSection(view: AnswerPageView, t: PageTexts): string {
  const q = view.page.question;
  if (!q) return `<section id="vraag" aria-labelledby="vraag-titel"><h2 id="vraag-titel">${escapeHtml(t.question)}</h2><p>${escapeHtml(t.noQuestion)}</p></section>`;
  const action = `${view.basePath}/answers`;
  const ids = `<input type="hidden" name="checkinId" value="${escapeHtml(q.checkin.id)}"><input type="hidden" name="position" value="${q.position}">`;
  const options = answerOptions(q.spec, view.page.locale);
  const progress = q.total > 1 ? `<p class="progress">${escapeHtml(t.progress(q.position + 1, q.total))}</p>` : '';
  const buttons = options.length
    ? `<form method="post" action="${escapeHtml(action)}" class="choices" data-confirm>
${ids}
<fieldset><legend>${escapeHtml(t.chooseAnswer)}</legend>
<div class="buttons">${options.map((o) => `<button type="submit" name="value" value="${escapeHtml(String(o.value))}">${escapeHtml(o.label)}</button>`).join('')}</div>
</fieldset>
<div class="confirm" data-confirm-panel hidden>
<p class="answer">${escapeHtml(t.yourAnswer)} <strong data-confirm-label></strong></p>
<p>${escapeHtml(t.isThisRight)}</p>
<button type="submit" name="confirmed" value="1" class="primary">${escapeHtml(t.confirm)}</button>
<button type="button" class="secondary" data-confirm-cancel>${escapeHtml(t.cancel)}</button>
</div>
</form>`
    : '';
  return `<section id="vraag" aria-labelledby="vraag-titel">
<h2 id="vraag-titel">${escapeHtml(t.question)}</h2>
${progress}
<p class="question">${escapeHtml(q.questionText)}</p>
${buttons}
<form method="post" action="${escapeHtml(action)}" class="own-words">
${ids}<input type="hidden" name="nonce" value="${escapeHtml(view.nonce)}">
<label for="text">${escapeHtml(options.length ? t.ownWords : t.ownWordsOnly)}</label>
<textarea id="text" name="text" rows="3" maxlength="1000" required></textarea>
<button type="submit">${escapeHtml(t.send)}</button>
</form>
</section>`;
}

function recentSection(view: AnswerPageView, t: PageTexts): string {
  const { page } = view;
  const format = new Intl.DateTimeFormat(page.locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: page.timezone });
  const items = page.recent
    .map((a) => `<li><time datetime="${a.receivedAt.toISOString()}">${escapeHtml(format.format(a.receivedAt))}</time><span class="said">${escapeHtml(a.text)}</span></li>`)
    .join('\n');
  return `<section id="antwoorden" aria-labelledby="antwoorden-titel">
<h2 id="antwoorden-titel">${escapeHtml(t.recent)}</h2>
${items ? `<ol class="recent">${items}</ol>` : `<p>${escapeHtml(t.noRecent)}</p>`}
</section>`;
}

function notificationsSection(view: AnswerPageView, t: PageTexts): string {
  if (!view.vapidPublicKey) return '';
  // Hidden until app.js knows this browser supports push.
  return `<section id="meldingen" aria-labelledby="meldingen-titel" hidden data-vapid-key="${escapeHtml(view.vapidPublicKey)}" data-subscribe-url="${escapeHtml(`${view.basePath}/subscriptions`)}" data-done="${escapeHtml(t.notificationsDone)}" data-blocked="${escapeHtml(t.notificationsBlocked)}" data-failed="${escapeHtml(t.notificationsFailed)}">
<h2 id="meldingen-titel">${escapeHtml(t.notifications)}</h2>
<p>${escapeHtml(t.notificationsIntro)}</p>
<button type="button" data-push-on>${escapeHtml(t.notificationsOn)}</button>
<p data-push-status role="status"></p>
</section>`;
}
