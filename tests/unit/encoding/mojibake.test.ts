import { describe, expect, it } from 'vitest';
import { findMojibake, repairMojibake } from '../../../renderer/src/domain/encoding/mojibake.js';

/** What a program shows when it reads `text`'s UTF-8 bytes as `label`. */
const misread = (text: string, label: string): string => new TextDecoder(label).decode(new TextEncoder().encode(text));

describe('mojibake', () => {
  it('repairs UTF-8 that was read as Windows-1252', () => {
    const original = 'Café déjà vu — “quoted” naïve';
    const garbled = misread(original, 'windows-1252');
    expect(garbled).toContain('Ã©');
    expect(repairMojibake(garbled).text).toBe(original);
    expect(findMojibake(garbled).every((r) => r.kind === 'windows-1252')).toBe(true);
  });

  it('repairs UTF-8 that was read as GBK, marking the one character whose last byte the misreading lost', () => {
    const garbled = misread('新电脑已可利用记忆自学 人工智能迈上新台阶', 'gbk');
    expect(garbled).toMatch(/^鏂扮數鑴/);
    const { text, runs } = repairMojibake(garbled);
    expect(runs.length).toBeGreaterThan(0);
    expect(text).toBe('新电脑已可利用记忆自\uFFFD 人工智能迈上新台\uFFFD');
  });

  it('leaves genuine text in any script alone', () => {
    for (const text of [
      'Café déjà vu, Ärger über Öl, señor, ¿qué?',
      '这是一个关于国际经济合作的报告，我们来说明问题。',
      '這是一個關於國際經濟合作的報告，我們來說明問題。',
      '日本の外交政策について説明します。',
      '대표단은 항구에서 열리는 다음 회의 전에 협정 초안을 번역하고',
      'Делегация попросила перевести проект соглашения',
      'طلب الوفد ترجمة مشروع الاتفاق',
    ]) {
      expect(findMojibake(text), text).toEqual([]);
      expect(repairMojibake(text).text).toBe(text);
    }
  });
});
