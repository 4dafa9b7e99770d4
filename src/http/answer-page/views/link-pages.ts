// Small pages around one answer: "is this right?" before anything is stored, and the outcome after.
import { escapeHtml, layout } from './layout.js';
import { type Locale, PAGE_TEXTS } from './texts.js';

export interface ConfirmView {
  locale: Locale;
  label: string;
  /** Where "Ja, verstuur" posts to, and the fields it posts. */
  action: string;
  fields: Record<string, string>;
  backUrl: string | null;
}

export function confirmPage(view: ConfirmView): string {
  const t = PAGE_TEXTS[view.locale];
  const hidden = Object.entries(view.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const back = view.backUrl ? `<p><a class="secondary" href="${escapeHtml(view.backUrl)}">${escapeHtml(t.back)}</a></p>` : '';
  return layout(
    { locale: view.locale, title: t.isThisRight },
    `<h1>${escapeHtml(t.isThisRight)}</h1>
<p class="answer">${escapeHtml(t.yourAnswer)} <strong>${escapeHtml(view.label)}</strong></p>
<form method="post" action="${escapeHtml(view.action)}">${hidden}<button type="submit" class="primary">${escapeHtml(t.confirm)}</button></form>
${back}`,
  );
}

export type OutcomeKind = 'thanks' | 'already' | 'closed' | 'expired' | 'invalid' | 'bad_answer';

export function outcomePage(view: { locale: Locale; kind: OutcomeKind; coachName?: string; pageUrl?: string | null }): string {
  const t = PAGE_TEXTS[view.locale];
  const pages: Record<OutcomeKind, [string, string]> = {
    thanks: [t.thanksTitle, t.thanks(view.coachName ?? 'Pols')],
    already: [t.alreadyTitle, t.already],
    closed: [t.closedTitle, t.closed],
    expired: [t.expiredTitle, t.expired],
    invalid: [t.invalidTitle, t.invalid],
    bad_answer: [t.badAnswerTitle, t.badAnswer],
  };
  const [title, text] = pages[view.kind];
  const link = view.pageUrl ? `<p><a class="button" href="${escapeHtml(view.pageUrl)}">${escapeHtml(t.toPage)}</a></p>` : '';
  return layout({ locale: view.locale, title }, `<h1>${escapeHtml(title)}</h1>\n<p role="status">${escapeHtml(text)}</p>\n${link}`);
}
