// Turns a question or a notice into the words a client receives: addressed by first name, signed by the coach.
import type { QuestionSpec } from '../normalize/types.js';
import { type Locale, TEXTS } from './texts.js';

export interface Recipient {
  firstName: string;
  locale: Locale;
}
export interface Sender {
  coachName: string;
  coachContact: string;
}
export interface Rendered {
  subject: string;
  text: string;
}
export type MessageChannel = 'sms' | 'email' | 'push';

function frame(channel: MessageChannel, recipient: Recipient, sender: Sender, body: string, withFooter = true): string {
  const t = TEXTS[recipient.locale];
  const footer = !withFooter ? '' : channel === 'sms' ? t.smsFooter : channel === 'email' ? t.emailFooter : '';
  // An e-mail has room for the coach's contact line under the name; an SMS stays within its segments.
  const contact = channel === 'email' && sender.coachContact ? `\n${t.contactLine(sender.coachContact)}` : '';
  const lines = [t.greeting(recipient.firstName), body, `${t.signature(sender.coachName)}${contact}`];
  if (footer) lines.push(footer);
  return channel === 'email' ? lines.join('\n\n') : lines.join('\n');
}

export function renderQuestion(input: {
  channel: MessageChannel;
  recipient: Recipient;
  sender: Sender;
  questionText: string;
  position: number;
  total: number;
}): Rendered {
  const t = TEXTS[input.recipient.locale];
  const progress = input.total > 1 ? ` ${t.progress(input.position + 1, input.total)}` : '';
  return {
    subject: t.subject,
    text: frame(input.channel, input.recipient, input.sender, `${input.questionText}${progress}`),
  };
}

export function clarificationText(locale: Locale, question: QuestionSpec): string {
  const t = TEXTS[locale];
  switch (question.type) {
    case 'scale':
      return t.clarifyScale(question.min, question.max);
    case 'yes_no':
      return t.clarifyYesNo;
    case 'choice':
      return t.clarifyChoice(question.options.map((o, i) => `${i + 1} ${o.label}`).join(', '));
    case 'free_text':
      return t.clarifyText;
  }
}

export function renderNotice(input: {
  channel: MessageChannel;
  recipient: Recipient;
  sender: Sender;
  kind: 'clarification' | 'help' | 'opt_out_confirmation' | 'opt_in_confirmation' | 'callback_confirmation';
  question?: QuestionSpec;
}): Rendered {
  const t = TEXTS[input.recipient.locale];
  const body = noticeBody(input.kind, input.channel, input.recipient.locale, input.sender, input.question);
  // Confirmations of STOP carry no footer inviting more messages; they still carry the coach's name.
  const withFooter = input.kind !== 'opt_out_confirmation';
  return { subject: t.subject, text: frame(input.channel, input.recipient, input.sender, body, withFooter) };
}

function noticeBody(kind: Parameters<typeof renderNotice>[0]['kind'], channel: MessageChannel, locale: Locale, sender: Sender, question?: QuestionSpec): string {
  const t = TEXTS[locale];
  switch (kind) {
    case 'help':
      return t.help(sender.coachName, sender.coachContact);
    case 'callback_confirmation':
      return t.callback(sender.coachName);
    case 'opt_out_confirmation':
      return t.optOut[channel];
    case 'opt_in_confirmation':
      return t.optIn;
    case 'clarification':
      return clarificationText(locale, question ?? { type: 'free_text' });
  }
}
