import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../renderer/src/domain/search/query.js';
import { SearchIndex, type SearchDoc } from '../../../renderer/src/search/search-index.js';

const doc = (over: Partial<SearchDoc> & Pick<SearchDoc, 'id'>): SearchDoc => ({
  kind: 'brief',
  title: '',
  text: '',
  topics: [],
  tags: [],
  briefId: null,
  updatedAt: 1,
  ...over,
});

function library(): SearchIndex {
  const index = new SearchIndex();
  index.upsert(doc({ id: 'b1', title: 'Harbour talks with Minister López', text: 'The customs union was discussed at length. Fisheries came later.', topics: ['Trade policy'], tags: ['urgent'], updatedAt: 10 }));
  index.upsert(doc({ id: 'b2', title: 'Grain corridor reopens', text: 'Union leaders and customs officers met at the harbour on Tuesday.', topics: ['Agriculture'], updatedAt: 20 }));
  index.upsert(doc({ id: 'n1', kind: 'note', text: 'Ask the minister about the ferry timetable.', briefId: 'b1', tags: ['follow-up'], updatedAt: 30 }));
  index.upsert(doc({ id: 'i1', kind: 'item', text: 'Propose a joint customs working group', topics: ['Trade policy'], briefId: 'b2', updatedAt: 40 }));
  return index;
}

const ids = (index: SearchIndex, q: string, typing = false) => {
  const { groups } = index.search(parseQuery(q, { typing }));
  return { brief: groups.brief.map((h) => h.id), note: groups.note.map((h) => h.id), item: groups.item.map((h) => h.id) };
};

describe('SearchIndex', () => {
  it('finds briefs by title and body, notes by their text, items by theirs, grouped by kind', () => {
    const index = library();
    expect(ids(index, 'customs')).toEqual({ brief: ['b2', 'b1'], note: [], item: ['i1'] });
    expect(ids(index, 'ferry')).toEqual({ brief: [], note: ['n1'], item: [] });
    expect(ids(index, 'corridor').brief).toEqual(['b2']);
  });

  it('finds a brief by its author or source, words and phrases, without matching notes or items', () => {
    const index = library();
    index.upsert(doc({ id: 'b3', title: 'Dredging plan', text: 'The channel will be deepened.', byline: 'Inés Okafor\nCoastal Gazette', updatedAt: 5 }));
    expect(ids(index, 'okafor')).toEqual({ brief: ['b3'], note: [], item: [] });
    expect(ids(index, '"coastal gazette"').brief).toEqual(['b3']);
    expect(ids(index, 'ines channel').brief).toEqual(['b3']);
    expect(ids(index, 'title:okafor').brief).toEqual([]);
  });

  it('ranks title matches first, then the most recently updated', () => {
    expect(ids(library(), 'harbour').brief).toEqual(['b1', 'b2']);
    expect(ids(library(), 'union').brief).toEqual(['b2', 'b1']);
  });

  it('matches without regard to accents: "Lopez" finds "López"', () => {
    const hit = library().search(parseQuery('Lopez')).groups.brief[0]!;
    expect(hit.id).toBe('b1');
    expect(hit.title.slice(hit.titleMarks[0]!.start, hit.titleMarks[0]!.end)).toBe('López');
  });

  it('requires every word, completes the word being typed, and checks phrase order', () => {
    const index = library();
    expect(ids(index, 'customs fisheries').brief).toEqual(['b1']);
    expect(ids(index, 'fish', true).brief).toEqual(['b1']);
    expect(ids(index, 'fish').brief).toEqual([]);
    expect(ids(index, '"customs union"').brief).toEqual(['b1']);
    expect(ids(index, '"union customs"').brief).toEqual([]);
  });

  it('applies title:, topic: and tag: fields', () => {
    const index = library();
    expect(ids(index, 'title:harbour').brief).toEqual(['b1']);
    expect(ids(index, 'topic:trade')).toEqual({ brief: ['b1'], note: [], item: ['i1'] });
    expect(ids(index, 'topic:trade customs').item).toEqual(['i1']);
    expect(ids(index, 'tag:foll')).toEqual({ brief: [], note: [], item: [] });
    expect(ids(index, 'tag:foll', true).note).toEqual(['n1']);
    expect(ids(index, 'tag:urgent harbour').brief).toEqual(['b1']);
  });

  it('forgives one typo in a word of five letters or more, ranked below every exact match', () => {
    const index = library();
    index.upsert(doc({ id: 'b3', title: 'Port memo', text: 'Customs talks resumed.', updatedAt: 5 }));
    index.upsert(doc({ id: 'b4', title: 'Custom office', text: 'A newer brief.', updatedAt: 50 }));
    // "custom" is one letter short of "customs": the exact match comes first however old the others are.
    expect(ids(index, 'customs')).toEqual({ brief: ['b2', 'b1', 'b3', 'b4'], note: [], item: ['i1'] });
    expect(ids(index, 'custom')).toEqual({ brief: ['b4', 'b2', 'b1', 'b3'], note: [], item: ['i1'] });
    // Dropped, added, changed and swapped letters; the word being typed too.
    for (const typo of ['corrdor', 'coridor', 'corridar', 'croridor']) expect(ids(index, typo).brief).toEqual(['b2']);
    expect(ids(index, 'timetabel', true).note).toEqual(['n1']);
    // Four letters or fewer, two edits, and phrases are exact.
    expect(ids(index, 'feri').note).toEqual([]);
    expect(ids(index, 'corirdoor').brief).toEqual([]);
    expect(ids(index, '"custom union"').brief).toEqual([]);
  });

  it('marks the word a typo found in the title and the snippet', () => {
    const hit = library().search(parseQuery('fisheris')).groups.brief[0]!;
    expect(hit.id).toBe('b1');
    expect(hit.snippet.marks.map((m) => hit.snippet.text.slice(m.start, m.end))).toEqual(['Fisheries']);
  });

  it('builds snippets with the matched words marked', () => {
    const hit = library().search(parseQuery('tuesday')).groups.brief[0]!;
    const { text, marks } = hit.snippet;
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['Tuesday']);
  });

  it('names the brief a note belongs to, and hides notes of a brief that is gone', () => {
    const index = library();
    expect(index.search(parseQuery('ferry')).groups.note[0]?.context).toBe('Harbour talks with Minister López');
    index.remove('b1');
    expect(ids(index, 'ferry').note).toEqual([]);
    expect(ids(index, 'lopez').brief).toEqual([]);
  });

  it('reflects updates: old words no longer match, new ones do', () => {
    const index = library();
    index.upsert(doc({ id: 'b2', title: 'Grain corridor closes', text: 'Talks stalled.', updatedAt: 50 }));
    expect(ids(index, 'reopens').brief).toEqual([]);
    expect(ids(index, 'closes').brief).toEqual(['b2']);
    expect(index.size).toBe(4);
  });

  it('stays correct after many rewrites retire old entries (compaction)', () => {
    const index = new SearchIndex();
    for (let round = 0; round < 30; round++) {
      for (let i = 0; i < 100; i++) index.upsert(doc({ id: `b${i}`, text: `round${round} common`, updatedAt: round }));
    }
    expect(index.size).toBe(100);
    expect(index.search(parseQuery('round29'), 200).groups.brief).toHaveLength(100);
    expect(index.search(parseQuery('round3'), 200).groups.brief).toHaveLength(0);
    const limited = index.search(parseQuery('common'), 20);
    expect(limited.groups.brief).toHaveLength(20);
    expect(limited.more.brief).toBe(true);
  });

  it('expands a short prefix to its most common completions only', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 200; i++) index.upsert(doc({ id: `d${i}`, text: `word${i} topical` }));
    expect(index.search(parseQuery('t', { typing: true }), 300).groups.brief).toHaveLength(200);
    // 200 distinct "word…" completions exceed the cap: only some documents are reachable by "w".
    const w = index.search(parseQuery('w', { typing: true }), 300).groups.brief.length;
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThan(200);
  });

  it('ranks title matches first, then the newest, across many documents and after edits', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 300; i++) index.upsert(doc({ id: `b${i}`, title: i % 100 === 7 ? 'Treaty talks' : `Brief ${i}`, text: 'the treaty text', updatedAt: i }));
    index.prepare();
    const first = index.search(parseQuery('treaty'), 5);
    expect(first.groups.brief.map((h) => h.id)).toEqual(['b207', 'b107', 'b7', 'b299', 'b298']);
    expect(first.more.brief).toBe(true);
    // An edit makes an old brief the newest; a removed one drops out even though its number stays in the order.
    index.upsert(doc({ id: 'b0', title: 'Brief 0', text: 'the treaty text, revised', updatedAt: 1000 }));
    index.remove('b299');
    index.remove('b207');
    expect(ids(index, 'treaty').brief.slice(0, 5)).toEqual(['b107', 'b7', 'b0', 'b298', 'b297']);
  });

  it('tells when a kind has more matches than it shows, and not when it has exactly the limit', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 3; i++) index.upsert(doc({ id: `n${i}`, kind: 'note', text: 'ferry', briefId: 'b', updatedAt: i }));
    index.upsert(doc({ id: 'b', title: 'Ferry', text: 'ferry' }));
    const exact = index.search(parseQuery('ferry'), 3);
    expect(exact.groups.note.map((h) => h.id)).toEqual(['n2', 'n1', 'n0']);
    expect(exact.more).toEqual({ brief: false, note: false, item: false });
    expect(index.search(parseQuery('ferry'), 2).more.note).toBe(true);
  });
});
