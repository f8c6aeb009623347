import { describe, expect, it } from 'vitest';
import { layoutPdfText, type TextRun } from '../../../renderer/src/domain/text/pdf-layout.js';

/** One run per line, top-down, with explicit font size and baseline. */
function lines(page: number, spec: [size: number, y: number, text: string][]): TextRun[] {
  return spec.map(([size, y, text]) => ({ page, text, x: 72, y, width: text.length * size * 0.5, size, endOfLine: true }));
}

describe('layoutPdfText', () => {
  it('finds the title, headings by size, paragraphs by line gaps, and joins hyphenated words', () => {
    const runs = [
      ...lines(1, [
        [20, 760, 'Quay Repairs in Kessel'],
        [11, 730, 'The first paragraph runs over'],
        [11, 716, 'two lines with a recon-'],
        [11, 702, 'struction of the wall.'],
        [11, 676, 'A second paragraph follows a wider gap.'],
        [14, 640, 'Costs and Schedule'],
        [11, 615, '• Dredging starts in spring.'],
        [11, 601, '• Fees rise in autumn.'],
      ]),
      ...lines(2, [[11, 760, 'Page two carries on with its own paragraph.']]),
    ];
    const { title, markdown } = layoutPdfText(runs);
    expect(title).toBe('Quay Repairs in Kessel');
    expect(markdown.split('\n\n')).toEqual([
      'The first paragraph runs over two lines with a reconstruction of the wall.',
      'A second paragraph follows a wider gap.',
      '## Costs and Schedule',
      '- Dredging starts in spring.',
      '- Fees rise in autumn.',
      'Page two carries on with its own paragraph.',
    ]);
  });

  it('puts runs on one baseline together, with spaces where there are gaps', () => {
    const runs: TextRun[] = [
      { page: 1, text: 'Kessel', x: 72, y: 700, width: 30, size: 11, endOfLine: false },
      { page: 1, text: 'harbour', x: 106, y: 700, width: 38, size: 11, endOfLine: false },
      { page: 1, text: 's', x: 144, y: 700, width: 5, size: 11, endOfLine: true },
    ];
    expect(layoutPdfText(runs)).toEqual({ title: '', markdown: 'Kessel harbours' });
  });

  it('returns nothing for a page without text', () => {
    expect(layoutPdfText([])).toEqual({ title: '', markdown: '' });
  });
});
