import { describe, expect, it } from 'vitest';
import {
  changeStatus,
  checklistToCsv,
  checklistToMarkdown,
  groupItems,
  sortItems,
} from '../../../renderer/src/domain/items/index.js';
import { weekStart } from '../../../renderer/src/domain/items/grouping.js';
import { ITEM_STATUSES } from '../../../renderer/src/domain/types.js';
import { checklistWords } from '../../../renderer/src/ui/features/checklists/checklist-words.js';
import { statusLabel } from '../../../renderer/src/ui/i18n/index.js';
import { item } from './fixtures.js';

const en = checklistWords('en');
const es = checklistWords('es');

const titles = { A: 'Harbour Accord', B: 'Serra River Commission' };

describe('changeStatus', () => {
  it('sets the status and appends who changed it, when, from what', () => {
    const before = item({ id: 'x', text: 'Publish the register.' });
    const after = changeStatus(before, 'done', 'ana', 9_000);
    expect(after.status).toBe('done');
    expect(after.updatedAt).toBe(9_000);
    expect(after.history.at(-1)).toEqual({ at: 9_000, by: 'ana', from: 'open', to: 'done' });
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(before.status).toBe('open');
    expect(changeStatus(after, 'done', 'ana', 10_000)).toBe(after);
  });

  it('has one distinct name per status in each language, the same in exports as on screen', () => {
    for (const lang of ['en', 'es'] as const) {
      const names = ITEM_STATUSES.map((s) => statusLabel(s, lang));
      expect(new Set(names).size, lang).toBe(ITEM_STATUSES.length);
      for (const s of ITEM_STATUSES) expect(checklistWords(lang).status(s)).toBe(statusLabel(s, lang));
    }
    expect(statusLabel('dropped', 'es')).toBe('Abandonada');
    expect(statusLabel('dismissed', 'es')).toBe('Descartada');
  });
});

describe('checklistToCsv', () => {
  it('quotes per RFC 4180 and neutralizes formula-like cells', () => {
    const csv = checklistToCsv(
      [
        item({ id: '1', text: 'Say "yes", then\nsign.', briefIds: ['A'], due: '2025-06-30', owner: 'Ana' }),
        item({ id: '2', text: '=HYPERLINK("http://x.test","click")', briefIds: ['A', 'B'], notes: '+1 from the desk', owner: '@desk' }),
        item({ id: '3', text: '-10% tariffs', briefIds: ['Z'], status: 'done' }),
      ],
      titles,
      en,
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Item,Status,Due,Owner,Priority,Topic,Briefs,Notes');
    expect(csv).toContain('"Say ""yes"", then\nsign.",Open,2025-06-30,Ana,Normal,,Harbour Accord,');
    expect(csv).toContain(`"'=HYPERLINK(""http://x.test"",""click"")",Open,,'@desk,Normal,,Harbour Accord; Serra River Commission,'+1 from the desk`);
    expect(csv).toContain(`'-10% tariffs,Done,,,Normal,,Untitled brief,`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('grouping, sorting and Markdown export', () => {
  const items = [
    item({ id: '1', text: 'Train customs officers.', topic: 'Customs', status: 'done', briefIds: ['A'], due: '2025-03-31', updatedAt: 3 }),
    item({ id: '2', text: 'Publish waiting times.', topic: 'Customs', status: 'open', briefIds: ['A', 'B'], priority: 'high', updatedAt: 5 }),
    item({ id: '3', text: 'Share river data.', topic: '', status: 'in-progress', briefIds: ['B'], due: '2024-12-31', owner: 'Ana', updatedAt: 4 }),
    item({ id: '4', text: 'Close the old crossing.', topic: 'Customs', status: 'dropped', briefIds: ['B'], priority: 'low', updatedAt: 1 }),
  ];

  it('groups by topic with progress that ignores dropped items, empty group last', () => {
    const groups = groupItems(items, 'topic', titles, en);
    expect(groups.map((g) => [g.label, g.items.map((i) => i.id), g.progress])).toEqual([
      ['Customs', ['1', '2', '4'], { done: 1, total: 2 }],
      ['No topic', ['3'], { done: 0, total: 1 }],
    ]);
  });

  it('lists an item under each of its briefs, and statuses in workflow order', () => {
    expect(groupItems(items, 'brief', titles, en).map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ['Harbour Accord', ['1', '2']],
      ['Serra River Commission', ['2', '3', '4']],
    ]);
    expect(groupItems(items, 'status', titles, en).map((g) => g.key)).toEqual(['open', 'in-progress', 'done', 'dropped']);
    expect(groupItems(items, 'owner', titles, en).map((g) => g.label)).toEqual(['Ana', 'No owner']);
  });

  it('groups by due week, in calendar order, undated last', () => {
    const dated = [...items, item({ id: '5', text: 'Brief the minister.', due: '2025-04-06' }), item({ id: '6', text: 'Book rooms.', due: '2025-03-31' })];
    expect(groupItems(dated, 'week', titles, en).map((g) => [g.key, g.label, g.items.map((i) => i.id)])).toEqual([
      ['2024-12-30', 'Week of Dec 30, 2024', ['3']],
      ['2025-03-31', 'Week of Mar 31, 2025', ['1', '5', '6']],
      ['', 'No due date', ['2', '4']],
    ]);
    expect([weekStart('2025-04-06'), weekStart('2025-03-31'), weekStart('2024-01-01')]).toEqual(['2025-03-31', '2025-03-31', '2024-01-01']);
  });

  it('sorts by due (undated last), priority, status and last update', () => {
    const ids = (by: Parameters<typeof sortItems>[1]): string[] => sortItems(items, by).map((i) => i.id);
    expect(ids('due')).toEqual(['3', '1', '2', '4']);
    expect(ids('priority')).toEqual(['2', '3', '1', '4']);
    expect(ids('status')).toEqual(['3', '2', '1', '4']);
    expect(ids('updated')).toEqual(['2', '3', '1', '4']);
  });

  it('writes a grouped Markdown checklist with escaped item text', () => {
    const md = checklistToMarkdown([...items, item({ id: '5', text: 'Fix *all* [links]', topic: 'Web', briefIds: ['A'] })], titles, 'topic', en);
    expect(md).toContain('# Checklist\n');
    expect(md).toContain('## Customs (1 of 2 done)');
    expect(md).toContain('- [x] Train customs officers. (Done · due 2025-03-31 · Harbour Accord)');
    expect(md).toContain('- [ ] Publish waiting times. (Open · Harbour Accord; Serra River Commission)');
    expect(md).toContain('- [ ] Fix \\*all\\* \\[links\\] (Open · Harbour Accord)');
    expect(md.indexOf('## No topic')).toBeGreaterThan(md.indexOf('## Web'));
  });
});

describe('exports in the UI language', () => {
  it('write Spanish headers, statuses, priorities and wording', () => {
    const items = [
      item({ id: '1', text: 'Cerrar el paso.', status: 'dropped', briefIds: ['A'], due: '2025-06-30', owner: 'Ana', priority: 'high' }),
      item({ id: '2', text: 'Publicar el registro.', status: 'done', briefIds: ['Z'] }),
    ];
    const csv = checklistToCsv(items, titles, es);
    expect(csv.split('\r\n')[0]).toBe('Tarea,Estado,Vence,Responsable,Prioridad,Tema,Fichas,Notas');
    expect(csv).toContain('Cerrar el paso.,Abandonada,2025-06-30,Ana,Alta,,Harbour Accord,');
    expect(csv).toContain('Publicar el registro.,Hecha,,,Normal,,Ficha sin título,');
    const md = checklistToMarkdown(items, titles, 'status', es);
    expect(md).toContain('# Lista de tareas\n');
    expect(md).toContain('## Abandonada (0 de 0 hechas)');
    expect(md).toContain('- [ ] Cerrar el paso. (Abandonada · vence 2025-06-30 · responsable: Ana · Harbour Accord)');
    expect(md).toContain('- [x] Publicar el registro. (Hecha · Ficha sin título)');
  });
});
