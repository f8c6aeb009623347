// Runs the pre-flight checks on a book's records and words each finding in a language, for the
// export dialog and for the CLI (through the headless page).
import type { BookRecords } from '../../../domain/book/layout.js';
import type { Finding } from '../../../domain/book/preflight.js';
import { preflightInWorker } from '../../../workflows/preflight-in-worker.js';
import { t, type Language } from '../../i18n/index.js';
import { bundledFontRanges } from '../../styles/font-coverage.js';

export function checkBook(records: BookRecords): Promise<Finding[]> {
  const lang = records.book.options.language;
  return preflightInWorker({ records, appendix: { summary: t('print.summary', {}, lang), checklist: t('print.checklist', {}, lang), sources: t('print.sources', {}, lang) }, fontRanges: bundledFontRanges() });
}

/** One sentence for a finding (without where it is). */
export function describeFinding(f: Finding, lang?: Language): string {
  if (f.kind === 'empty-section' && f.sample !== '' && f.sample !== '0') return t('preflight.emptyChecklist', { count: Number(f.sample) }, lang);
  return t(`preflight.kind.${f.kind}`, { sample: f.sample }, lang);
}
