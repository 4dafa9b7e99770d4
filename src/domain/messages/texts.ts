// Every sentence Pols sends to a client, in B1 Dutch first and English. Kept as data so it can be reviewed.
export type Locale = 'nl' | 'en';

export const TEXTS = {
  nl: {
    greeting: (firstName: string) => `Hallo ${firstName},`,
    signature: (coachName: string) => `Groet, ${coachName} (je coach)`,
    contactLine: (contact: string) => `Je kunt me bereiken via ${contact}.`,
    smsFooter: 'Stoppen? Stuur STOP. Hulp? Stuur HULP.',
    emailFooter: 'Wil je geen berichten meer? Antwoord met STOP. Wil je iemand spreken? Antwoord met HULP.',
    subject: 'Hoe gaat het met je?',
    progress: (position: number, total: number) => `(vraag ${position} van ${total})`,
    clarifyScale: (min: number, max: number) => `Sorry, dat begreep ik niet. Antwoord met een cijfer van ${min} tot ${max}.`,
    clarifyYesNo: 'Sorry, dat begreep ik niet. Antwoord met ja of nee.',
    clarifyChoice: (options: string) => `Sorry, dat begreep ik niet. Kies een van deze: ${options}.`,
    clarifyText: 'Sorry, dat begreep ik niet. Wil je het in een paar woorden vertellen?',
    help: (coachName: string, contact: string) =>
      `Je coach is ${coachName}. Je kunt ${coachName} bereiken via ${contact}. Je mag ook gewoon terugschrijven, dan lezen we het.`,
    // Named by what the client sees (sms, e-mail, meldingen): clearer at B1 than "dit kanaal".
    optOut: { sms: 'Je krijgt van ons geen sms meer. Wil je toch weer berichten? Stuur START.', email: 'Je krijgt van ons geen e-mail meer. Wil je toch weer berichten? Antwoord met START.', push: 'Je krijgt van ons geen meldingen meer.' },
    optIn: 'Fijn! Je krijgt weer berichten van ons.',
    callback: (coachName: string) => `Dank je wel. ${coachName} neemt zo snel mogelijk contact met je op.`,
    thanks: 'Dank je wel voor je antwoord!',
    reminder: 'We hebben nog geen antwoord van je. Wil je deze vraag nog beantwoorden?',
  },
  en: {
    greeting: (firstName: string) => `Hello ${firstName},`,
    signature: (coachName: string) => `Regards, ${coachName} (your coach)`,
    contactLine: (contact: string) => `You can reach me at ${contact}.`,
    smsFooter: 'To stop, reply STOP. For help, reply HELP.',
    emailFooter: 'No more messages? Reply STOP. Want to talk to someone? Reply HELP.',
    subject: 'How are you doing?',
    progress: (position: number, total: number) => `(question ${position} of ${total})`,
    clarifyScale: (min: number, max: number) => `Sorry, I did not understand. Please answer with a number from ${min} to ${max}.`,
    clarifyYesNo: 'Sorry, I did not understand. Please answer yes or no.',
    clarifyChoice: (options: string) => `Sorry, I did not understand. Please choose one of: ${options}.`,
    clarifyText: 'Sorry, I did not understand. Could you tell me in a few words?',
    help: (coachName: string, contact: string) =>
      `Your coach is ${coachName}. You can reach ${coachName} at ${contact}. You can also just reply here and we will read it.`,
    optOut: { sms: 'You will get no more text messages from us. Changed your mind? Reply START.', email: 'You will get no more e-mails from us. Changed your mind? Reply START.', push: 'You will get no more notifications from us.' },
    optIn: 'Great! You will get messages from us again.',
    callback: (coachName: string) => `Thank you. ${coachName} will contact you as soon as possible.`,
    thanks: 'Thank you for your answer!',
    reminder: 'We have not heard from you yet. Would you still answer this question?',
  },
} as const;
