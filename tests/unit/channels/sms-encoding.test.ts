import { describe, expect, it } from 'vitest';
import { GSM7_BASIC, GSM7_EXTENSION } from '../../../src/channels/sms-twilio/encoding/gsm7.js';
import { type SmsEncodingInfo, segmentWarning, smsEncodingInfo } from '../../../src/channels/sms-twilio/encoding/sms-encoding.js';

const a = (n: number): string => 'a'.repeat(n);
const e = (n: number): string => 'ë'.repeat(n);

describe('smsEncodingInfo', () => {
  it.each<[string, string, Omit<SmsEncodingInfo, 'nonGsmCharacters'>]>([
    ['an empty body', '', { encoding: 'GSM-7', segments: 0, characters: 0, units: 0 }],
    ['160 GSM characters fit one segment', a(160), { encoding: 'GSM-7', segments: 1, characters: 160, units: 160 }],
    ['161 GSM characters take two (153 + 8)', a(161), { encoding: 'GSM-7', segments: 2, characters: 161, units: 161 }],
    ['306 GSM characters fill two parts exactly', a(306), { encoding: 'GSM-7', segments: 2, characters: 306, units: 306 }],
    ['307 GSM characters take three', a(307), { encoding: 'GSM-7', segments: 3, characters: 307, units: 307 }],
    ['€ costs two septets', '€', { encoding: 'GSM-7', segments: 1, characters: 1, units: 2 }],
    ['80 × € is 160 septets: one segment', '€'.repeat(80), { encoding: 'GSM-7', segments: 1, characters: 80, units: 160 }],
    ['81 × € is 162 septets: two segments', '€'.repeat(81), { encoding: 'GSM-7', segments: 2, characters: 81, units: 162 }],
    ['extension characters ^{}\\[~]| each cost two', '^{}\\[~]|', { encoding: 'GSM-7', segments: 1, characters: 8, units: 16 }],
    ['an escape pair is not split: it moves to the next part', `${a(152)}€${a(152)}`, { encoding: 'GSM-7', segments: 3, characters: 305, units: 306 }],
    ['an escape pair that just fits stays', `${a(151)}€${a(153)}`, { encoding: 'GSM-7', segments: 2, characters: 305, units: 306 }],
    ['"café" is GSM-7', 'café', { encoding: 'GSM-7', segments: 1, characters: 4, units: 4 }],
    ['newlines count one septet', 'Hoi\nJan\r\n', { encoding: 'GSM-7', segments: 1, characters: 9, units: 9 }],
    ['"ëén" is UCS-2', 'ëén', { encoding: 'UCS-2', segments: 1, characters: 3, units: 3 }],
    ['an emoji forces UCS-2 and counts two units', 'Hoe gaat het met je? 😊', { encoding: 'UCS-2', segments: 1, characters: 22, units: 23 }],
    ['70 UCS-2 units fit one segment', e(70), { encoding: 'UCS-2', segments: 1, characters: 70, units: 70 }],
    ['71 UCS-2 units take two (67 + 4)', e(71), { encoding: 'UCS-2', segments: 2, characters: 71, units: 71 }],
    ['134 UCS-2 units fill two parts exactly', e(134), { encoding: 'UCS-2', segments: 2, characters: 134, units: 134 }],
    ['135 UCS-2 units take three', e(135), { encoding: 'UCS-2', segments: 3, characters: 135, units: 135 }],
    ['a surrogate pair is not split: it moves to the next part', `${e(66)}😊${e(66)}`, { encoding: 'UCS-2', segments: 3, characters: 133, units: 134 }],
    ['a family emoji is five code points and eight units', '👨‍👩‍👧', { encoding: 'UCS-2', segments: 1, characters: 5, units: 8 }],
  ])('%s', (_name, text, expected) => {
    const { nonGsmCharacters: _ignored, ...info } = smsEncodingInfo(text);
    expect(info).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Hoe gaat het? 😊', ['😊']],
    ['ëén ïdee', ['ë', 'ï']],
    ['Ça va? ça va.', ['ç']],
    ['Hij zei ‘prima’ en `ok`', ['‘', '’', '`']],
    ['café € [ok]', []],
  ])('lists the characters that force UCS-2 in %j', (text, expected) => {
    expect(smsEncodingInfo(text).nonGsmCharacters).toEqual(expected);
  });

  it.each([...'éèùìòÇØøÅåÄÖÑÜ§¿äöñüàÉÆæß$£¥¤¡@_ΔΦΓΛΩΠΨΣΘΞ'])('%s is in the GSM basic set', (character) => {
    expect(smsEncodingInfo(character)).toMatchObject({ encoding: 'GSM-7', units: 1 });
  });

  it.each([...'ëïóáêçâôûíúÈÁËÏÓÚ`’“”\t'])('%j is not GSM-7', (character) => {
    expect(smsEncodingInfo(character).encoding).toBe('UCS-2');
  });

  it('has the 127 printable basic characters and 10 extension characters of GSM 03.38', () => {
    expect(GSM7_BASIC.size).toBe(127);
    expect(GSM7_EXTENSION.size).toBe(10);
    expect([...GSM7_EXTENSION].filter((c) => GSM7_BASIC.has(c))).toEqual([]);
  });
});

describe('segmentWarning', () => {
  it.each([
    [a(306), false],
    [a(307), true],
    [e(134), false],
    [e(135), true],
  ])('%#: warns only above two segments', (text, expected) => {
    expect(segmentWarning(smsEncodingInfo(text))).toBe(expected);
  });
});
