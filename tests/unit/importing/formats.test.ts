import { describe, expect, it } from 'vitest';
import { importDocument, importPaste, SUPPORTED_EXTENSIONS } from '../../../renderer/src/importing/index.js';
import { restoreLines } from '../../../renderer/src/domain/text/cleanup.js';
import { fixture } from './fixture-files.js';
import { makeStyledDocx } from '../../support/docx-files.js';

describe('importDocument, one fixture per format', () => {
  it('plain text: breadcrumb-free title, dek, byline, date, lists and table; junk removed and restorable', async () => {
    const d = (await importDocument(fixture('scraped.txt'))).draft;
    expect(d.title).toBe('Valdoria and Estmark Agree on a Joint Fisheries Patrol');
    expect(d.subtitle).toBe('A coastal pact between two small (and entirely fictional) republics');
    expect(d.byline).toBe('Mira Castellan');
    expect(d.source.publishedAt).toBe('2024-06-03');
    expect(d.markdown).toContain('## What the Agreement Covers');
    expect(d.markdown).toContain('- Joint boarding teams for suspicious vessels.');
    expect(d.markdown).toContain('1. Map the trawling hot spots.\n2. Train the boarding teams together.');
    expect(d.markdown).toContain('| Phase | Vessels | Start |\n| --- | --- | --- |\n| Pilot | 4 | Autumn 2024 |');
    expect(d.markdown).toContain('Observers expect the patrol to reduce illegal catches');
    for (const junk of ['Share', 'Tweet', 'Patrol boat at the quay', 'Advertisement', 'Leave a Reply', 'Name', 'Website', 'Post Comment', 'Northern Rail Link', 'National Library']) {
      expect(d.markdown).not.toContain(junk);
    }
    const reasons = new Set(d.removedLines.map((r) => r.reason));
    expect(reasons).toEqual(new Set(['repeats the title', 'navigation or share label', 'duplicated caption', 'comment form', 'list of unrelated headlines']));

    const headline = d.removedLines.find((r) => r.text.startsWith('Kessel Harbour Festival'))!;
    const restored = restoreLines(d.markdown, d.removedLines, [headline.index]);
    expect(restored.markdown).toContain('Kessel Harbour Festival Draws Record Crowds This Summer');
    expect(restored.removed).toHaveLength(d.removedLines.length - 1);
  });

  it('plain text in Spanish: "Por" byline, Spanish date, language and no mojibake', async () => {
    const d = (await importDocument(fixture('nota.txt'))).draft;
    expect(d.title).toBe('Valdoria y Estmark firman un acuerdo de pesca');
    expect(d.byline).toBe('Lucía Herrero');
    expect(d.source.publishedAt).toBe('2024-06-03');
    expect(d.language).toBe('es');
    expect(d.markdown).toContain('canciller López');
  });

  it('saved web page: Readability article, metadata, canonical URL, GFM table, links made absolute, remote image as its alt text', async () => {
    const d = (await importDocument(fixture('article.html'))).draft;
    expect(d.title).toBe('Estmark Names New Envoy to Valdoria');
    expect(d.byline).toBe('Ines Marlow');
    expect(d.source).toEqual({ name: 'The Kessel Ledger', url: 'https://ledger.example.org/world/estmark-envoy', publishedAt: '2024-04-22' });
    expect(d.language).toBe('en');
    expect(d.markdown).toContain('## Priorities for the First Year');
    expect(d.markdown).toContain('| Issue | Lead ministry | Target date |\n| --- | --- | --- |\n| Fish tariffs | Trade | June 2024 |');
    expect(d.markdown).toContain('[background on the commission](https://ledger.example.org/world/commission)');
    expect(d.markdown).not.toMatch(/By Ines Marlow|Most read|Leave a Reply|images\.example\.org|Sport/);
    // The remote picture is never fetched: its alt text stands in (once: its caption repeats it).
    expect(d.markdown).toContain('![The new envoy at the foreign ministry](<chancery-image:not-included>)');
    expect(d.removedLines).toEqual([]);
    expect(d.topics).toContain('diplomacy');
    expect(d.topicEvidence.find((t) => t.topic === 'diplomacy')!.terms).toContain('ambassador');
  });

  it('Markdown: front matter, a differing first heading kept, images and unsafe links neutralised', async () => {
    const d = (await importDocument(fixture('article.md'))).draft;
    expect(d.title).toBe('Water Sharing Talks Resume on the Silverrun');
    expect(d.byline).toBe('Tomas Brandvik');
    expect(d.source).toEqual({ name: 'The Kessel Ledger', url: 'https://ledger.example.org/silverrun-talks', publishedAt: '2024-05-14' });
    expect(d.markdown).toContain('# Ignored Heading Because Front Matter Names the Title');
    expect(d.markdown).toContain('Dam on the Silverrun');
    expect(d.markdown).toContain('[joint statement](https://ledger.example.org/statement) or the local copy.');
    expect(d.markdown).not.toMatch(/images\.example\.org|javascript:|<script/i);
  });

  it('PDF: title from the largest type, paragraphs rebuilt across lines and pages, hyphenation joined', async () => {
    const d = (await importDocument(fixture('report.pdf'))).draft;
    expect(d.title).toBe('Harbour Accord Opens Northern Shipping Lanes');
    expect(d.byline).toBe('Mira Castellan');
    expect(d.source.publishedAt).toBe('2024-06-03');
    const blocks = d.markdown.split('\n\n');
    expect(blocks).toEqual([
      expect.stringMatching(/^Officials from .* pilot licences\.$/),
      expect.stringMatching(/^Negotiators said .*sustained cooperation between .* inspections\.$/),
      '## Next Steps for the Coast Guards',
      expect.stringMatching(/^The coast guards should .* six months\.$/),
      expect.stringMatching(/^A review panel .* joint drills\.$/),
    ]);
  });

  it('DOCX: headings, paragraphs and the table through the HTML path', async () => {
    const d = (await importDocument(fixture('report.docx'))).draft;
    expect(d.title).toBe('Fisheries Council Briefing for Valdoria');
    expect(d.markdown).toContain('## Agreed Measures');
    expect(d.markdown).toContain('| Species | Quota | Season |\n| --- | --- | --- |\n| Silver cod | 1,200 t | March to June |');
    expect(d.markdown).toContain('The council will meet again in the autumn');
  });

  it('DOCX: a paragraph in Word\'s Title style is the title, found, and Subtitle the subtitle; neither stays in the body', async () => {
    const bytes = makeStyledDocx([
      { text: 'Ferry Timetables for the Winter', style: 'Title' },
      { text: 'Fewer crossings, longer days', style: 'Subtitle' },
      { text: 'The harbour board will run two ferries a day from November to February, with a late boat on Fridays.' },
      { text: 'Passengers with season tickets keep their fares until the spring review.' },
    ]);
    const d = (await importDocument({ name: 'winter-ferries.docx', bytes })).draft;
    expect(d.title).toBe('Ferry Timetables for the Winter');
    expect(d.origins?.title).toBe('found');
    expect(d.subtitle).toBe('Fewer crossings, longer days');
    expect(d.markdown).not.toContain('Ferry Timetables');
    expect(d.markdown).not.toContain('Fewer crossings');
    expect(d.markdown).toMatch(/^The harbour board will run two ferries/);
  });

  it('HTML: a byline with a date names one author and dates the brief, in English and Spanish', async () => {
    const page = (byline: string, lang: string) => new TextEncoder().encode(
      `<html lang="${lang}"><head><title>Reading Room Hours</title></head><body><article><h1>Reading Room Hours</h1><p class="byline">${byline}</p>${'<p>The reading room will open two hours earlier on weekdays from the autumn, after a survey of readers asked for quiet time before work.</p>'.repeat(5)}</article></body></html>`,
    );
    const en = (await importDocument({ name: 'hours.html', bytes: page('By Ana Torres, 14 May 2026', 'en') })).draft;
    expect(en.byline).toBe('Ana Torres');
    expect(en.source.publishedAt).toBe('2026-05-14');
    const es = (await importDocument({ name: 'horario.html', bytes: page('Por María López, 3 de marzo de 2026', 'es') })).draft;
    expect(es.byline).toBe('María López');
    expect(es.source.publishedAt).toBe('2026-03-03');
  });

  it('fills the metadata every brief carries', async () => {
    const d = (await importDocument(fixture('report.docx'))).draft;
    expect(d.fileName).toBe('report.docx');
    expect(d.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(d.wordCount).toBeGreaterThan(60);
    expect(d.excerpt).toMatch(/^The fictional fisheries council/);
    const again = (await importDocument(fixture('report.docx'))).draft;
    expect(again.contentHash).toBe(d.contentHash);
  });

  it('lets the MIME type decide when the name has no known extension', async () => {
    const d = (await importDocument({ ...fixture('nota.txt'), name: 'nota', type: 'text/plain' })).draft;
    expect(d.title).toBe('Valdoria y Estmark firman un acuerdo de pesca');
    expect(SUPPORTED_EXTENSIONS).toEqual(['.html', '.htm', '.md', '.markdown', '.txt', '.pdf', '.docx']);
  });
});

describe('importPaste', () => {
  it('prefers the HTML flavour and keeps its structure', async () => {
    const d = (await importPaste(
      'ignored plain text',
      '<h2>Quota Review</h2><p>The council of the fictional state of Valdoria will review its fishing quotas in the autumn session.</p><ul><li>Silver cod</li><li>Blue herring</li></ul>',
    )).draft;
    expect(d.markdown).toContain('## Quota Review');
    expect(d.markdown).toContain('- Silver cod\n- Blue herring');
    expect(d.fileName).toBe('');
  });

  it('structures plain text when there is no HTML', async () => {
    const d = (await importPaste('Quota Review\n\nThe council of the fictional state of Valdoria will review its fishing quotas in the autumn session.')).draft;
    expect(d.title).toBe('Quota Review');
    expect(d.markdown).toBe('The council of the fictional state of Valdoria will review its fishing quotas in the autumn session.');
  });

  it('refuses an empty paste', async () => {
    await expect(importPaste('  \n ', '')).rejects.toMatchObject({ name: 'ImportError', reason: expect.stringMatching(/nothing to import/) });
  });
});
