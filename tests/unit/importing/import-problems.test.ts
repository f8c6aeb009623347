// The import report's reasons are worded in the reader's language: every problem has a sentence of
// its own in each language, with the problem's details in it.
import { describe, expect, it } from 'vitest';
import { describeImportProblem, type ImportProblem } from '../../../renderer/src/domain/import-problems.js';
import { importBatch } from '../../../renderer/src/workflows/import-batch.js';
import { fromBytes } from '../../../renderer/src/workflows/batch-source.js';

const PROBLEMS: ImportProblem[] = [
  { code: 'empty' }, { code: 'binary' }, { code: 'noText' }, { code: 'noTextLayer' }, { code: 'clipboardEmpty' },
  { code: 'tooSlow' }, { code: 'pdfPassword' }, { code: 'pdfInvalid' }, { code: 'unusedPicture' }, { code: 'unfinished' },
  { code: 'garbled', sample: 'Ã©tÃ©' }, { code: 'tooLarge', limit: '25 MiB' }, { code: 'tooLong', chars: 2_000_000 },
  { code: 'tooManyElements', max: 200_000 }, { code: 'notWord', detail: 'zip end not found' }, { code: 'pdfUnreadable', detail: 'bad xref' },
  { code: 'unsupported', ending: '.xlsx', supported: '.html, .md' }, { code: 'unsupported', ending: '', supported: '.html, .md' },
  ...(['tooMany', 'notImage', 'notBase64', 'damaged', 'undecodable', 'unread', 'notHere'] as const).map((code) => ({ code: 'pictureLeftOut' as const, alt: 'Map', number: 2, why: code === 'tooMany' ? { code, max: 60 } : { code } })),
  { code: 'pictureLeftOut', alt: '', why: { code: 'tooManyPixels', width: 50_000, height: 40_000, megapixels: 40, side: 12_000 } },
  { code: 'pictureLeftOut', alt: 'Chart', why: { code: 'stillTooLarge', mb: 12 } },
];

describe('describeImportProblem', () => {
  it.each(PROBLEMS.map((p) => [JSON.stringify(p), p] as const))('words %s in English and in Spanish', (_, problem) => {
    const en = describeImportProblem(problem, 'en');
    const es = describeImportProblem(problem, 'es');
    expect(en).toMatch(/\S/);
    expect(es).toMatch(/\S/);
    expect(es).not.toBe(en);
    for (const detail of ['sample', 'detail', 'ending', 'limit'] as const) {
      const value = (problem as Record<string, unknown>)[detail];
      if (typeof value === 'string' && value) {
        expect(en).toContain(value);
        expect(es).toContain(value);
      }
    }
  });

  it('names a left-out picture by its number and alt text in both languages', () => {
    const problem: ImportProblem = { code: 'pictureLeftOut', alt: 'Berth map', number: 3, why: { code: 'damaged' } };
    expect(describeImportProblem(problem, 'en')).toBe('image 3 (“Berth map”) was left out: its data is damaged');
    expect(describeImportProblem(problem, 'es')).toBe('la imagen 3 («Berth map») se omitió: sus datos están dañados');
  });
});

describe('the import report in the reader’s language', () => {
  it('gives a refused file its reason in the language the batch asks for, and English by default', async () => {
    const empty = () => [fromBytes('vacío.txt', new TextEncoder().encode('  \n '))];
    const [spanish] = await importBatch(empty(), () => undefined, { language: 'es' });
    const [english] = await importBatch(empty(), () => undefined);
    expect(spanish).toMatchObject({ status: 'failed', reason: 'el archivo está vacío' });
    expect(english).toMatchObject({ status: 'failed', reason: 'the file is empty' });
  });
});
