import { describe, expect, it } from 'vitest';
import { suggestItems, type SuggestedItem } from '../../../renderer/src/domain/items/index.js';
import { readFixture, renderedText } from '../../fixtures/domain/rendered-text.js';
import { readSeed, SEEDS_DIR, seedToMarkdown } from './seed-markdown.js';

function extract(markdown: string): { items: SuggestedItem[]; rendered: string } {
  const rendered = renderedText(markdown);
  return { items: suggestItems(markdown, rendered), rendered };
}

describe('suggestItems on an original English brief', () => {
  const { items, rendered } = extract(readFixture('corridor-brief.md'));

  it('takes section items, recommending sentences and schedule rows, in document order, each with its reason', () => {
    expect(items.map((i) => [i.reason, i.text, i.sourceDate])).toEqual([
      ['section', 'Joint patrols: Police from both countries will patrol the corridor together on weekends.', null],
      ['section', 'Single inspection: Trucks will be inspected once, by a mixed team, at the Osterby crossing.', null],
      ['section', 'A hotline between the two interior ministries will operate around the clock.', null],
      ['section', 'Expand intelligence sharing between the two police services to fight organized crime along the corridor by June 30, 2025.', 'June 30, 2025'],
      ['section', 'Publish monthly waiting-time figures for every crossing.', null],
      ['section', 'Train two hundred customs officers in the new joint inspection procedure.', null],
      ['modal', 'The ministries should also review the legal basis for mixed inspection teams before the pilot begins.', null],
      ['schedule', 'Launch the Osterby single-inspection pilot — Customs', 'Q3 2024'],
      ['schedule', 'Connect the two police databases — Interior', 'Q4 2024'],
      ['schedule', 'Evaluate the pilot and decide on Feldmark — Joint committee', '2025-Q1'],
      ['modal', 'The Estmarkian delegation recommends that the next round address cross-border rail freight in detail.', null],
    ]);
  });

  it('anchors every item on its own passage of the rendered text', () => {
    for (const item of items) {
      const { start, end } = item.selector.position;
      expect(rendered.slice(start, end)).toBe(item.selector.quote.exact);
      expect(rendered.slice(start, end).replace(/\s+/g, ' ')).toContain(item.reason === 'schedule' ? item.text.split(' — ')[0] : item.text);
    }
    const row = items.find((i) => i.reason === 'schedule');
    expect(row?.selector.quote.exact.replace(/\s+/g, ' ')).toBe('Q3 2024 Launch the Osterby single-inspection pilot Customs');
  });

  it('leaves out questions, quotations, short or hedged sentences, headlines and plain tables', () => {
    const texts = items.map((i) => i.text).join('\n');
    for (const distractor of [
      'Should the corridor be closed',
      'We must never forget',
      'Both sides must act',
      'It should be noted',
      'Lawmakers Urge Council',
      'Average waiting time',
      'Feldmark — 2,400',
      'should have started with rail',
    ]) {
      expect(texts).not.toContain(distractor);
    }
  });

  it('skips an item it cannot find in the rendered text instead of anchoring it elsewhere', () => {
    const markdown = '## Recommendations\n\n- Open a consulate in Kalvik.\n- Train border staff.\n';
    const rendered = renderedText(markdown).replace('Open a consulate in Kalvik.', '');
    expect(suggestItems(markdown, rendered).map((i) => i.text)).toEqual(['Train border staff.']);
  });
});

describe('suggestItems on an original Spanish brief', () => {
  it('reads bold section titles, "deberá" sentences and a Plazo schedule', () => {
    const { items } = extract(readFixture('informe-es.md'));
    expect(items.map((i) => [i.reason, i.text, i.sourceDate])).toEqual([
      ['section', 'Crear una oficina consular móvil para las zonas rurales del norte.', null],
      ['section', 'Publicar una guía única de trámites en ambos idiomas.', null],
      ['modal', 'El ministerio deberá presentar un informe de avance antes del 30 de junio de 2025.', '30 de junio de 2025'],
      ['schedule', 'Firmar el protocolo de verificación de documentos', 'T1 2025'],
      ['schedule', 'Abrir el puesto de control integrado de Río Claro', 'primer semestre de 2026'],
    ]);
  });
});

describe('suggestItems on the scraped seeds', () => {
  const seeds = ['000', '001', '002', '003'].map((p) => [p, readSeed(p)] as const);
  const missing = seeds.some(([, text]) => text === null);
  if (missing) console.warn(`Seed tests skipped: the seeds folder ${SEEDS_DIR} is missing or incomplete.`);

  // Both as the importer may deliver them: with title lines turned into headings, and as plain paragraphs.
  for (const headings of [true, false]) {
    const run = (prefix: string): SuggestedItem[] => {
      const text = seeds.find(([p]) => p === prefix)?.[1] ?? '';
      return extract(seedToMarkdown(text, headings)).items;
    };
    const mode = headings ? 'with headings' : 'as plain paragraphs';

    it.skipIf(missing)(`000 (${mode}): four key agreements, four strategic recommendations, one should-sentence, four milestones, in order`, () => {
      const items = run('000');
      expect(items.map((i) => i.reason)).toEqual([...Array<string>(8).fill('section'), 'modal', ...Array<string>(4).fill('schedule')]);
      expect(items.slice(4, 8).map((i) => i.text.split(' ')[0])).toEqual(['Streamlining', 'Launching', 'Investing', 'Enhancing']);
      // Neither the paragraph of narrative after the agreements heading nor the lead-in ending in ":" is an item.
      for (const item of items) expect(item.text).not.toMatch(/:$|addressed several/u);
      expect(items.filter((i) => i.reason === 'schedule').map((i) => i.sourceDate)).toEqual(['Q3 2024', 'Q4 2024', 'Q1 2025', 'Q2 2025']);
      const starts = items.map((i) => i.selector.position.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });

    it.skipIf(missing)(`002 (${mode}): its six "should" findings, one item each`, () => {
      const items = run('002');
      expect(items).toHaveLength(6);
      expect(new Set(items.map((i) => i.reason))).toEqual(new Set(['lead-in']));
      for (const item of items) expect(item.text).toMatch(/\b(should|must)\b/);
    });

    it.skipIf(missing)(`001 and 003 (${mode}): no more than two items each`, () => {
      expect(run('001').length).toBeLessThanOrEqual(2);
      expect(run('003').length).toBeLessThanOrEqual(2);
    });
  }
});
