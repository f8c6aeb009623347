import { describe, expect, it } from 'vitest';
import { briefLanguage, hasNonLatinLetters, isRightToLeft, languageOfText, scriptCounts } from '../../../renderer/src/domain/language/script.js';

describe('languageOfText', () => {
  it('tells the four Han-using languages apart', () => {
    expect(languageOfText('東京都は日本の首都であり、多くの人が住んでいます。')).toBe('ja');
    expect(languageOfText('대한민국의 수도는 서울이며 많은 사람들이 살고 있습니다.')).toBe('ko');
    expect(languageOfText('这是一个关于国际经济合作的报告，我们来说明问题。')).toBe('zh-Hans');
    expect(languageOfText('這是一個關於國際經濟合作的報告，我們來說明問題。')).toBe('zh-Hant');
  });

  it('follows a regional hint when the Han text alone cannot tell', () => {
    expect(languageOfText('中文', 'zh-TW')).toBe('zh-Hant');
    expect(languageOfText('中文', 'zh-CN')).toBe('zh-Hans');
    expect(languageOfText('中文')).toBe('zh-Hans');
  });

  it('names the other scripts and keeps a hint written in the same script', () => {
    expect(languageOfText('السلام عليكم ورحمة الله')).toBe('ar');
    expect(languageOfText('سلام دنیا', 'fa-IR')).toBe('fa');
    expect(languageOfText('שלום עולם וברוכים הבאים')).toBe('he');
    expect(languageOfText('नमस्ते दुनिया')).toBe('hi');
    expect(languageOfText('Καλημέρα κόσμε')).toBe('el');
    expect(languageOfText('Привет, мир')).toBe('ru');
    expect(languageOfText('Привіт, світ, їжак')).toBe('uk');
    expect(languageOfText('Здраво свете', 'sr')).toBe('sr');
  });

  it('leaves Latin text and text without letters to the caller', () => {
    expect(languageOfText('Hello world', 'en')).toBeNull();
    expect(languageOfText('1234 — 5678')).toBeNull();
    expect(languageOfText('')).toBeNull();
  });

  it('goes by the dominant script, so a stray foreign word does not relabel a paragraph', () => {
    expect(languageOfText('The word مرحبا means hello in Arabic and is used widely.', 'en')).toBeNull();
    expect(languageOfText('Отчёт о встрече в Tokyo и Berlin на этой неделе')).toBe('ru');
  });
});

describe('briefLanguage', () => {
  it('keeps a stored Latin-script tag and replaces one the text contradicts', () => {
    expect(briefLanguage('es', 'La reunión de ministros terminó sin acuerdo.')).toBe('es');
    expect(briefLanguage('und', '日本の外交政策について説明します。')).toBe('ja');
    expect(briefLanguage('en', 'Доклад о переговорах')).toBe('ru');
    expect(briefLanguage('ja', 'Plain English text only')).toBe('und');
  });
});

describe('direction and counts', () => {
  it('knows which languages run right to left', () => {
    expect(isRightToLeft('ar')).toBe(true);
    expect(isRightToLeft('he-IL')).toBe(true);
    expect(isRightToLeft('en')).toBe(false);
    expect(isRightToLeft('ja')).toBe(false);
  });

  it('counts letters only', () => {
    const counts = scriptCounts('Ab 12, Γγ!');
    expect(counts.get('latin')).toBe(2);
    expect(counts.get('greek')).toBe(2);
  });
});

describe('hasNonLatinLetters', () => {
  it('is false for Latin text with punctuation, symbols and accents, true for any other script', () => {
    expect(hasNonLatinLetters('Café — “quoted” • 5 € → done ✓')).toBe(false);
    for (const text of ['Καλημέρα', 'Привет', 'مرحبا', 'שלום', 'नमस्ते', '日本', '한국', 'ｶﾀｶﾅ']) expect(hasNonLatinLetters(text), text).toBe(true);
  });
});
