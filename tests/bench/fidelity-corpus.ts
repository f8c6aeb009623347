// Runs the shared scraped pages and seeds through the app's plain-text import and scores them.
// Reads ../shared at run time; nothing from it is copied into the project.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ImportError, type BriefDraft } from '../../renderer/src/domain/import.js';
import type { FieldOrigins } from '../../renderer/src/domain/types.js';
import { decodeText } from '../../renderer/src/domain/text/decode.js';
import { isProse, markdownToPlain, splitLines } from '../../renderer/src/domain/text/lines.js';
import { importDocument } from '../../renderer/src/importing/index.js';
import { bylineMatches, dateMatches, scoreWords, textOfHtml, titleMatches, type PageScore } from './fidelity-score.js';

export const PAGES_DIR = resolve('../shared/corpora/readability-pages');
export const SEEDS_DIR = resolve('../shared/seeds');

export interface PageResult extends PageScore {
  name: string;
  title: string;
  expectedTitle: string;
  /** The expected title can be found at all: some line of the copied text matches it (many pages keep it only in <head>). */
  titleInText: boolean;
  byline: string;
  /** Null when the page's reference gives no byline (or no date). */
  bylineRight: boolean | null;
  publishedAt: string | null;
  dateRight: boolean | null;
  source: string;
  sourceRight: boolean | null;
}

/** What the reader shows as the article: title, dek and body (the byline is metadata). */
export function importedText(draft: BriefDraft): string {
  return [draft.title, draft.subtitle, markdownToPlain(draft.markdown)].join('\n');
}

/** The import's draft; a page the import refuses (say, text garbled beyond repair) scores as empty. */
async function importText(name: string, bytes: Uint8Array): Promise<BriefDraft> {
  try {
    return (await importDocument({ name, bytes })).draft;
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { title: '', subtitle: '', byline: '', markdown: '', source: { name: '', url: '', publishedAt: null } } as unknown as BriefDraft;
  }
}

/** Every page that has a scraped.txt, scored against its expected.html and expected-metadata.json. */
export async function scorePages(dir = PAGES_DIR): Promise<PageResult[]> {
  const out: PageResult[] = [];
  for (const name of readdirSync(dir).sort()) {
    const scraped = join(dir, name, 'scraped.txt');
    if (!existsSync(scraped)) continue;
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as { title?: string; byline?: string | null; publishedTime?: string | null; siteName?: string | null };
    const expectedTitle = meta.title ?? '';
    // The reference article is Readability's body plus its title, since the import's title counts too.
    const expected = `${expectedTitle}\n${textOfHtml(readFileSync(join(dir, name, 'expected.html'), 'utf8'))}`;
    const bytes = new Uint8Array(readFileSync(scraped));
    const draft = await importText('scraped.txt', bytes);
    out.push({
      name,
      title: draft.title,
      expectedTitle,
      titleRight: titleMatches(draft.title, expectedTitle),
      titleInText: splitLines(decodeText('scraped.txt', bytes).text).some((line) => titleMatches(line.trim(), expectedTitle)),
      byline: draft.byline,
      bylineRight: meta.byline ? bylineMatches(draft.byline, meta.byline) : null,
      publishedAt: draft.source.publishedAt,
      dateRight: meta.publishedTime ? dateMatches(draft.source.publishedAt, meta.publishedTime) : null,
      source: draft.source.name,
      sourceRight: meta.siteName ? bylineMatches(draft.source.name, meta.siteName) : null,
      ...scoreWords(importedText(draft), expected),
    });
  }
  return out;
}

export interface SeedResult {
  name: string;
  title: string;
  /**
   * Share of the imported words that come from lines of running prose in the source (≥ 8 words
   * ending like a sentence). A lower bound on precision: kept headings, tables and lists count
   * against it, so compare it between runs rather than with the pages' precision.
   */
  proseShare: number;
  removedLines: number;
  byline: string;
  source: string;
  publishedAt: string | null;
  origins: FieldOrigins;
}

export async function scoreSeeds(dir = SEEDS_DIR): Promise<SeedResult[]> {
  const out: SeedResult[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const draft = await importText(name, bytes);
    const prose = splitLines(decodeText(name, bytes).text).filter((l) => isProse(l.trim(), 8)).join('\n');
    out.push({ name, title: draft.title, proseShare: scoreWords(importedText(draft), prose).precision, removedLines: draft.removedLines.length, byline: draft.byline, source: draft.source.name, publishedAt: draft.source.publishedAt, origins: draft.origins });
  }
  return out;
}
