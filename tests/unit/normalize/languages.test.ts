import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/domain/normalize/index.js';
import { SCALE5, YES_NO } from './helpers.js';

describe('other home languages: yes/no', () => {
  it.each<[string, boolean]>([
    ['tak', true], ['tak tak', true], ['tak, dziękuję', true], ['jasne', true], ['nie', false], ['jeszcze nie', false],
    ['evet', true], ['tabii', true], ['hayır', false], ['hayir', false], ['HAYIR', false], ['yok', false], ['hayır, hastayım', false],
    ['نعم', true], ['ايوه', true], ['أكيد', true], ['لا', false], ["na'am", true], ['naam', true], ['aywa', true], ['la', false], ['la2', false],
  ])('%j -> %j', (text, want) => {
    expect(normalize(YES_NO, text)).toMatchObject({ status: 'answered', value: want });
  });

  it.each(['nie wiem', 'może', 'belki', 'bilmiyorum', 'ممكن', 'مش عارف', 'mumkin'])('%j is unclear', (text) => {
    expect(normalize(YES_NO, text).status).toBe('unclear');
  });
});

describe('other home languages: how are you', () => {
  it.each<[string, number[]]>([
    ['dobrze', [4]], ['bardzo dobrze', [5]], ['dobrze, dziękuję', [4]], ['źle', [1, 2]], ['zle', [1, 2]], ['nie najlepiej', [2]], ['nie dobrze', [2]],
    ['iyi', [4]], ['iyiyim', [4]], ['çok iyi', [5]], ['cok iyi', [5]], ['kötü', [1, 2]], ['iyi değil', [2]], ['fena değil', [3, 4]], ['berbat', [1]],
    ['الحمد لله', [4]], ['كويس', [4]], ['مش كويس', [2]], ['كويس جدا', [5]], ['kwayes', [4]], ['mish kwayes', [2]], ['mish mni7', [2]],
    ['zein', [4]], ['tamam, alhamdulillah', [4]], ['كويس الحمد لله', [4]], ['nus nus', [3]], ['ta3ban', [2]],
  ])('%j -> %j', (text, want) => {
    const r = normalize(SCALE5, text);
    expect(r.status).toBe('answered');
    expect(want).toContain(r.value);
  });

  it('reads Arabic-Indic digits', () => {
    expect(normalize(SCALE5, '٤')).toMatchObject({ status: 'answered', value: 4 });
  });
});
