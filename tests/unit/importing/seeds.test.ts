// The four real scraped articles in ../shared/seeds (read, never copied into the project).
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../renderer/src/domain/text/decode.js';
import { splitLines } from '../../../renderer/src/domain/text/lines.js';
import { importDocument } from '../../../renderer/src/importing/index.js';
import { seeds } from './fixture-files.js';

const all = seeds();
const seedIt = all.size === 4 ? it : it.skip;

/** Comment-form boilerplate is written in sentences but is not article text. */
const COMMENT_BOILERPLATE = /akismet|email address will not be published/i;

/** Lines of running prose: ≥ 12 words ending like a sentence. None may be lost. */
function bodyParagraphs(text: string): string[] {
  return splitLines(text)
    .map((l) => l.trim())
    .filter((l) => (l.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 12 && /[.!?…:]["'”’)]*$/u.test(l) && !COMMENT_BOILERPLATE.test(l));
}

/** Markdown without escapes, whitespace collapsed: what a reader sees. */
function visible(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1').replace(/\s+/g, ' ');
}

async function load(key: string) {
  const input = all.get(key)!;
  const draft = (await importDocument(input)).draft;
  return { draft, source: decodeText(input.name, input.bytes).text };
}

describe('seed articles', () => {
  seedIt('no body paragraph is lost from any seed', async () => {
    for (const key of all.keys()) {
      const { draft, source } = await load(key);
      const seen = visible(draft.markdown);
      const paragraphs = bodyParagraphs(source);
      expect(paragraphs.length).toBeGreaterThan(3);
      for (const p of paragraphs) expect(seen, `${key}: ${p.slice(0, 60)}`).toContain(p.replace(/\s+/g, ' '));
    }
  });

  seedIt('000: title and dek from the first lines, four GFM tables kept', async () => {
    const { draft } = await load('000');
    expect(draft.title).toMatch(/^Trump and Sheinbaum Forge Path/);
    expect(draft.subtitle).toMatch(/^Emerging Diplomatic Engagement/);
    expect(draft.byline).toBe('');
    expect(draft.markdown.match(/^\| --- \| --- \| --- \|$/gm)).toHaveLength(4);
    expect(draft.markdown).toContain('| Q3 2024 |');
    expect(draft.removedLines).toEqual([]);
  });

  seedIt('001: a title made from the lede, the trailing run of unrelated headlines removed', async () => {
    const { draft, source } = await load('001');
    expect(draft.title).toMatch(/^Mexican President Claudia Sheinbaum held a "fruitful meeting"/);
    expect(draft.title.split(' ').length).toBeLessThanOrEqual(18);
    const headlines = splitLines(source).slice(10).filter((l) => l.trim() !== '');
    expect(headlines.length).toBeGreaterThan(10);
    for (const h of headlines) expect(draft.markdown).not.toContain(h.trim());
    expect(draft.removedLines.filter((r) => r.reason === 'list of unrelated headlines')).toHaveLength(headlines.length);
  });

  seedIt('002: breadcrumb stripped from the title; comment form and labels removed; six findings kept', async () => {
    const { draft, source } = await load('002');
    expect(draft.title).toMatch(/^Convocation: A Vision/);
    expect(draft.title).not.toMatch(/^home/i);
    for (const junk of ['Embedded Tweets', 'Leave a Reply', 'Your email address', 'Akismet', 'Report Cover']) expect(draft.markdown).not.toContain(junk);
    // The findings are the block of lines after the one announcing them.
    const lines = splitLines(source);
    const start = lines.findIndex((l) => l.includes('key findings')) + 2;
    const findings = lines.slice(start, lines.indexOf('', start)).map((l) => l.trim());
    expect(findings).toHaveLength(6);
    for (const f of findings) expect(visible(draft.markdown)).toContain(f);
  });

  seedIt('003: title above the byline, byline parsed, duplicated caption removed', async () => {
    const { draft, source } = await load('003');
    expect(draft.title).toMatch(/^How a Summit Signals/);
    expect(draft.byline).toBe('Carin Zissis');
    const caption = splitLines(source)[0]!.trim();
    expect(draft.markdown).not.toContain(caption);
    expect(draft.removedLines.filter((r) => r.reason === 'duplicated caption')).toHaveLength(2);
  });
});
