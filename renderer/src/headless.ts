// Entry of renderer/headless.html, loaded only by the headless Chromium host (CLI): exposes the
// renderer's repositories to CLI commands as window.chanceryHeadless. No UI.
import type { ChanceryHeadlessApi } from '../../main/common/headless-api.js';
import { composeBookFromBriefs, findBook, loadBookRecords } from './data/books.js';
import { checkBook, describeFinding } from './ui/features/books/preflight.js';
import { loadPreferences } from './data/settings.js';
import { getBrief } from './data/briefs.js';
import { itemsForBrief } from './data/items.js';
import { fromBytes } from './workflows/batch-source.js';
import { importBatch } from './workflows/import-batch.js';
import { createLibraryBackup, restoreBackup } from './data/backup.js';
import { readBackup } from './domain/backup/index.js';
import { unsealBackup } from './data/sealed-backup.js';
import { protectionStatus, protectLibrary, unlockLibrary } from './data/profile-protection.js';
import { editionFileName, recordsToPrint } from './domain/book/editions.js';
import { redactRecords } from './domain/redaction/records.js';
import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from './importing/sanitize.js';
import { BY_EXTENSION } from './domain/import.js';
import { describeImportProblem } from './domain/import-problems.js';
import { SUPPORTED_EXTENSIONS } from './importing/index.js';
import { MAX_IMAGE_BYTES } from './domain/images/limits.js';
import { PICTURE_EXTENSIONS } from './domain/images/local-pictures.js';
import { MAX_PAGE_PICTURE_BYTES } from './importing/local-pictures.js';
import { renderedText } from './rendering/markdown.js';
import { listAnnotations } from './data/annotations.js';
import { reanchorAll } from './domain/anchoring/index.js';
import { saveBriefMarkdown } from './workflows/edit-brief.js';
import { rankOf, type MarkingScheme } from './domain/marking/levels.js';

/** A brief's level as `import --json` prints it; a level missing from the scheme is reported as the highest it counts as. */
function levelReport(scheme: MarkingScheme, id: string | undefined) {
  const level = scheme.levels[rankOf(scheme, id)]!;
  return { id: id ?? level.id, portion: level.portion, banner: level.banner };
}

const fromBase64 = (base64: string): Uint8Array => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const api: Omit<ChanceryHeadlessApi, keyof typeof bench> = {
  async findBook(idOrTitle) {
    const book = await findBook(idOrTitle);
    return book ? { id: book.id, title: book.title } : null;
  },
  async createBook({ title, briefs, marking, annotations }) {
    const prefs = await loadPreferences();
    // The CLI never asks (there is no one to answer): --marking, else the default from Settings,
    // which is no marking until the user chose one in the app.
    const { book, missing } = await composeBookFromBriefs(title, briefs, { marking: marking ?? prefs.defaultMarking, annotations });
    return { id: book.id, title: book.title, missing, briefCount: book.entries.length };
  },
  async supportedExtensions() {
    return [...SUPPORTED_EXTENSIONS];
  },
  async preflight(bookId, editionId) {
    const { records } = recordsToPrint(await loadBookRecords(bookId), editionId);
    return records ? (await checkBook(records)).map((f) => ({ ...f, message: describeFinding(f, 'en') })) : null;
  },
  async editions(bookId, extraPhrases) {
    const records = await loadBookRecords(bookId);
    if (!records) return null;
    const { redactionRules } = await loadPreferences();
    return (records.book.editions ?? []).map((edition) => {
      // Redacted as the edition's print is: the rules, the extra phrases and the edition's own.
      const phrases = [...extraPhrases, ...edition.extraRedactions];
      const { records: redacted, redactor } = redactRecords(records, redactionRules, 'REDACTED', phrases);
      return { id: edition.id, name: edition.name, fileName: editionFileName(redacted.book.title, redactor.deep(edition.name, 'book')) };
    });
  },
  async localPictureRules() {
    const pages = Object.entries(BY_EXTENSION).filter(([, format]) => format === 'html').map(([ending]) => ending);
    return { pages, pictures: [...PICTURE_EXTENSIONS], maxPictureBytes: MAX_IMAGE_BYTES, maxPageBytes: MAX_PAGE_PICTURE_BYTES };
  },
  async importFile({ name, base64, path, pictures = [] }) {
    const prefs = await loadPreferences();
    const source = fromBytes(name, fromBase64(base64));
    const withPath = { name, read: async () => ({ ...(await source.read()), path }) };
    const picked = pictures.map((p) => ({ path: p.path, file: p.base64 === null ? null : new Blob([fromBase64(p.base64) as BlobPart]) }));
    const [report] = await importBatch([withPath], () => undefined, { author: prefs.authorName, lexicon: prefs.topicLexicon ?? undefined, pictures: picked });
    if (!report || report.status === 'waiting' || report.status === 'working') return { name, status: 'failed', reason: describeImportProblem({ code: 'unfinished' }) };
    const brief = report.briefId ? await getBrief(report.briefId) : undefined;
    if (!brief) return { name, status: report.status, reason: report.reason };
    const items = (await itemsForBrief(brief.id)).filter((i) => i.status === 'suggested');
    return {
      name,
      status: report.status,
      brief: {
        id: brief.id,
        title: brief.title,
        byline: brief.byline,
        source: { name: brief.source.name, url: brief.source.url },
        publishedAt: brief.source.publishedAt,
        origins: brief.origins ?? {},
        topics: brief.topics,
        topicEvidence: brief.topicEvidence,
        markdown: brief.markdown,
        removedLines: brief.removedLines.map((l) => ({ text: l.text, reason: l.reason })),
        suggestedItems: items.map((i) => ({ text: i.text, sourceDate: i.sourceDate ?? null, reason: i.reason ?? null, quote: i.selector.quote.exact })),
        level: levelReport(prefs.markingScheme, brief.level),
      },
    };
  },
  protection: protectionStatus,
  unlock: unlockLibrary,
  protect: protectLibrary,
  async backup(appVersion, passphrase) {
    // The CLI's --no-passphrase is the explicit choice of plain text.
    try {
      return { ok: true, base64: toBase64(await createLibraryBackup(passphrase === null ? { appVersion, plainTextChosen: true } : { appVersion, passphrase })) };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  },
  async checkBackup({ base64, passphrase }) {
    try {
      await readBackup(await unsealBackup(fromBase64(base64), passphrase));
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  },
  async restore({ base64, mode, passphrase }) {
    try {
      const result = await restoreBackup(await readBackup(await unsealBackup(fromBase64(base64), passphrase)), mode, { copyTitle: (title) => `${title} (copy from the restored file)` });
      return { ok: true, ...result };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  },
};

/** The benchmark's baseline: the two library steps of an HTML import, with the app's options. */
function readAndSanitize(html: string): void {
  const article = new Readability(new DOMParser().parseFromString(html, 'text/html'), { charThreshold: 300 }).parse();
  sanitizeHtml(article?.content ?? '');
}

const bench: Pick<ChanceryHeadlessApi, 'renderedText' | 'benchImport' | 'benchReanchor'> = {
  renderedText,
  async benchImport(pages) {
    let started = performance.now();
    for (const page of pages) readAndSanitize(page.html);
    const extractMs = performance.now() - started;
    const encoder = new TextEncoder();
    started = performance.now();
    const reports = await importBatch(pages.map((p) => fromBytes(p.name, encoder.encode(p.html))), () => undefined);
    const importMs = performance.now() - started;
    return { pages: pages.length, imported: reports.filter((r) => r.status === 'imported').length, extractMs, importMs };
  },
  async benchReanchor(briefId, markdown) {
    const selectors = (await listAnnotations(briefId)).map((a) => a.selector);
    const revision = (await getBrief(briefId))?.revision ?? 0;
    let started = performance.now();
    await saveBriefMarkdown(briefId, markdown, revision);
    const saveMs = performance.now() - started;
    // The old selectors again, over the text the save just used (remembered, not parsed twice).
    const text = await renderedText(markdown);
    started = performance.now();
    const { counts } = reanchorAll(text, selectors);
    return { annotations: selectors.length, orphaned: counts.orphaned, reanchorMs: performance.now() - started, saveMs };
  },
};

window.chanceryHeadless = { ...api, ...bench };
document.documentElement.dataset.headlessReady = 'true';
