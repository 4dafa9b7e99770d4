import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/domain/normalize/index.js';
import { CHANNEL, FREE_TEXT, SCALE5, YES_NO } from './helpers.js';

describe('opt-out', () => {
  it.each([
    'STOP', 'Stop!', 'stop.', 'STOPALL', 'UNSUBSCRIBE', 'cancel', 'END', 'QUIT', 'revoke', 'optout', 'opt out', 'Stoppen', 'stoppen aub',
    'afmelden', 'graag afmelden', 'ik wil me afmelden', 'meld me af', 'uitschrijven', 'STOP ALLES', 'stop met sms', 'stop met die berichten',
    "Stop met sms'en aub", 'hou op met die berichten', 'ik stop ermee', 'laat me met rust', 'geen berichten meer aub',
    'stuur me geen sms meer aub', 'ik wil geen sms meer ontvangen', 'Ik wil niet meer meedoen aan dit programma', 'Unsubscribe me',
  ])('%j is an opt-out on every question type', (text) => {
    for (const q of [SCALE5, YES_NO, FREE_TEXT, CHANNEL]) expect(normalize(q, text)).toMatchObject({ status: 'opt_out', value: null });
  });

  it.each([
    'Ik stop met mijn opleiding want ik heb werk gevonden',
    'ik ga stoppen met roken',
    'Ik stop met werken bij de Albert Heijn',
    'ik ben gestopt met de cursus',
    'Ik wil me afmelden voor de workshop van dinsdag',
    'ik wil niet stoppen',
    'the end of the week is fine',
    'ik wil de afspraak cancelen',
  ])('%j is about something else: not an opt-out', (text) => {
    expect(normalize(FREE_TEXT, text).status).toBe('answered');
  });

  it('wins over an answer in the same reply', () => {
    expect(normalize(SCALE5, '3, maar stuur me geen berichten meer').status).toBe('opt_out');
  });
});

describe('help', () => {
  it.each(['HELP', 'help', 'HULP', 'Help!', 'help?', 'hulp aub', 'ik heb hulp nodig', 'info'])('%j asks for help', (text) => {
    expect(normalize(SCALE5, text)).toMatchObject({ status: 'help', value: null });
    expect(normalize(FREE_TEXT, text).status).toBe('help');
  });

  it('is not a help request when the reply is about something specific', () => {
    expect(normalize(FREE_TEXT, 'ik heb hulp nodig met mijn cv').status).toBe('answered');
  });
});

describe('callback request', () => {
  it.each([
    'kan iemand me bellen', 'bel me ff', 'Kunt u mij terugbellen?', 'kunnen jullie me bellen', 'graag terugbellen', 'Wil mijn coach mij bellen?',
    'ik wil graag iemand spreken', 'kan ik een afspraak maken met mijn coach?', 'Ik zou graag een afspraak met de consulent willen',
    'Ik wil graag een gesprek over mijn schulden', 'call me please', 'can someone call me?',
  ])('%j requests contact', (text) => {
    expect(normalize(FREE_TEXT, text).traits['contact.callback_requested']).toBe(true);
  });

  it.each(['u hoeft me niet te bellen', 'Ik had een gesprek met mijn coach', 'ik heb de coach gebeld', 'bellen', 'gesprek', 'ik heb een afspraak bij de huisarts'])(
    '%j does not',
    (text) => {
      expect(normalize(FREE_TEXT, text).traits['contact.callback_requested']).toBeUndefined();
    },
  );

  it('keeps the status of the rest of the reply', () => {
    expect(normalize(SCALE5, '4, maar ik wil graag een afspraak met mijn coach')).toMatchObject({
      status: 'answered',
      value: 4,
      traits: { 'contact.callback_requested': true },
    });
    expect(normalize(SCALE5, 'bel me alsjeblieft')).toMatchObject({ status: 'unclear', traits: { 'contact.callback_requested': true } });
    expect(normalize(SCALE5, 'Het gaat niet goed, kan iemand mij bellen?')).toMatchObject({ value: 2, traits: { 'contact.callback_requested': true } });
  });
});
