import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/domain/normalize/index.js';
import { YES_NO } from './helpers.js';

describe('yes/no', () => {
  it.each([
    'Ja zeker!', 'jaaa hoor', 'yep', 'jawel hoor', 'Zeker weten', 'Tuurlijk', 'inderdaad', 'Dat klopt', 'JA', 'ja!', 'Y', 'j', 'yes please',
    'sure', 'absolutely', '✅', '👍🏽', 'Ja, het is gelukt!', 'gelukt', 'ok', 'prima', 'ja hoor, geen probleem', 'Jazeker 👍', 'jahoor', 'jaja', 'echt wel',
  ])('%j is yes', (text) => {
    expect(normalize(YES_NO, text)).toMatchObject({ status: 'answered', value: true });
  });

  it.each([
    'neej', 'Nee, helaas', 'nog niet helaas', 'Nooit', 'nee hoor!', 'Neen', 'nope', 'nah', 'n', 'N', 'no', 'never', 'niet echt',
    'klopt niet', 'Nee, dat is niet gelukt', 'niet gelukt', 'nee dank je', '👎', 'geen', 'neeeee', 'Nee joh', 'tuurlijk niet',
    'nee nee', 'neehoor',
  ])('%j is no', (text) => {
    expect(normalize(YES_NO, text)).toMatchObject({ status: 'answered', value: false });
  });

  it.each(['Misschien volgende week', 'weet ik nog niet', 'Soms', 'hangt ervan af', 'af en toe', 'ja en nee', 'geen idee', '😐', 'bijna', '', '?'])(
    '%j is unclear',
    (text) => {
      expect(normalize(YES_NO, text)).toMatchObject({ status: 'unclear', value: null });
    },
  );

  it('reads a hedged answer with lower confidence', () => {
    const r = normalize(YES_NO, 'ik denk het wel');
    expect(r).toMatchObject({ status: 'answered', value: true });
    expect(r.confidence).toBeLessThan(normalize(YES_NO, 'ja').confidence);
    expect(normalize(YES_NO, 'denk het niet')).toMatchObject({ value: false });
  });

  it('lets the first answering clause decide, and keeps the barrier of the rest', () => {
    expect(normalize(YES_NO, 'Ja, maar de trein reed niet')).toMatchObject({ value: true, traits: { 'barrier.transport': true } });
    expect(normalize(YES_NO, 'Nee, ik had geen oppas')).toMatchObject({ value: false, traits: { 'barrier.childcare': true } });
    expect(normalize(YES_NO, 'Helaas niet, ik was ziek')).toMatchObject({ value: false, traits: { 'barrier.physical_health': true } });
  });

  it('does not take "geen" or "niet" inside a sentence as the answer', () => {
    expect(normalize(YES_NO, 'ik heb werk gevonden maar geen vervoer').status).toBe('unclear');
  });
});
