// An in-memory inverted index over briefs, notes and checklist items. Pure: it runs inside the
// search worker and in unit tests. Postings are ascending document numbers; an update retires
// the old number (a tombstone) and appends a new one, so lists never need re-sorting.
import { tokenize, valueMatches, type ParsedQuery, type QueryTerm } from '../domain/search/query.js';
import { WordIndex, type PackedWords } from './word-index.js';
import { buildSnippet, foldForMatching, matchRanges, termPattern, type FoldedText, type Snippet, type TextRange } from '../domain/search/snippet.js';

export type DocKind = 'brief' | 'note' | 'item';
export const DOC_KINDS: readonly DocKind[] = ['brief', 'note', 'item'];

export interface SearchDoc {
  id: string;
  kind: DocKind;
  /** A brief's title; empty for notes and items. */
  title: string;
  /** Plain text: a brief's body, a note, or an item's text and notes. */
  text: string;
  /** Who wrote a brief and where it is from (byline, source): found by search, never shown as a snippet. */
  byline?: string;
  topics: string[];
  tags: string[];
  /** The brief a note belongs to, or an item's first source brief. */
  briefId: string | null;
  updatedAt: number;
}

export interface SearchHit {
  id: string;
  kind: DocKind;
  title: string;
  titleMarks: TextRange[];
  snippet: Snippet;
  briefId: string | null;
  /** The title of the brief a note or item belongs to. */
  context: string;
}

export interface SearchResults {
  groups: Record<DocKind, SearchHit[]>;
  /** Whether a group had more matches than it shows. */
  more: Record<DocKind, boolean>;
}

/** The whole index as plain values, for storing it (search/index-store.ts); `null` where a document was retired. */
export interface IndexSnapshot {
  docs: (SearchDoc | null)[];
  all: PackedWords;
  titles: PackedWords;
}

/** Folded bodies kept for the documents shown most recently: typing on refines the same hits. */
const FOLDED_CACHE = 256;

/** Characters of context in a result's snippet. */
const SNIPPET_WIDTH = 160;

export class SearchIndex {
  private docs: (SearchDoc | undefined)[] = [];
  private readonly byId = new Map<string, number>();
  private all = new WordIndex();
  private titles = new WordIndex();
  private retired = 0;
  private readonly foldedCache = new Map<number, FoldedText>();
  /** Live numbers newest first; removed documents are skipped, so only an upsert resets it. */
  private recency: Uint32Array | null = null;

  get size(): number {
    return this.byId.size;
  }

  upsert(doc: SearchDoc): void {
    this.remove(doc.id);
    const num = this.docs.length;
    this.docs.push(doc);
    this.recency = null;
    this.byId.set(doc.id, num);
    const titleWords = new Set(tokenize(doc.title));
    const words = new Set(titleWords);
    for (const text of [doc.text, doc.byline ?? '', ...doc.topics, ...doc.tags]) for (const w of tokenize(text)) words.add(w);
    this.all.add(words, num);
    this.titles.add(titleWords, num);
  }

  snapshot(): IndexSnapshot {
    return { docs: this.docs.map((d) => d ?? null), all: this.all.pack(), titles: this.titles.pack() };
  }

  /** The index a snapshot was taken of; throws when its parts do not fit together. */
  static fromSnapshot({ docs, all, titles }: IndexSnapshot): SearchIndex {
    const index = new SearchIndex();
    index.all = WordIndex.unpack(all, docs.length);
    index.titles = WordIndex.unpack(titles, docs.length);
    index.docs = docs.map((d) => d ?? undefined);
    docs.forEach((d, num) => {
      if (!d) index.retired++;
      else if (typeof d.id !== 'string' || index.byId.has(d.id)) throw new Error('a document is missing its id or held twice');
      else index.byId.set(d.id, num);
    });
    index.prepare();
    return index;
  }

  remove(id: string): void {
    const num = this.byId.get(id);
    if (num === undefined) return;
    this.docs[num] = undefined;
    this.foldedCache.delete(num);
    this.byId.delete(id);
    this.retired++;
    if (this.retired > 1000 && this.retired > this.byId.size) this.compact();
  }

  private compact(): void {
    const live = (num: number) => this.docs[num] !== undefined;
    this.all.compact(live);
    this.titles.compact(live);
    this.retired = 0;
  }

  search(query: ParsedQuery, limit = 20): SearchResults {
    const groups: Record<DocKind, SearchHit[]> = { brief: [], note: [], item: [] };
    const more: Record<DocKind, boolean> = { brief: false, note: false, item: false };
    const textTerms = query.terms.filter((t) => t.field === null);
    const indexed = query.terms.filter((t) => t.field === null || t.field === 'title');
    const filters = query.terms.filter((t) => t.field === 'topic' || t.field === 'tag');
    if (!indexed.length && !filters.length) return { groups, more };

    let exact: Uint8Array | null = null;
    for (const term of indexed) exact = and(exact, this.termMarks(term, term.field === 'title' ? this.titles : this.all));
    const titleScore = new Uint8Array(this.docs.length);
    for (const term of textTerms) {
      const marks = this.termMarks(term, this.titles);
      for (let i = 0; i < marks.length; i++) titleScore[i]! += marks[i]!;
    }
    const phrases = indexed.filter((t) => t.phrase);
    const wanted = (num: number, marks: Uint8Array | null): DocKind | null => {
      if (marks && !marks[num]) return null;
      const doc = this.docs[num];
      if (!doc || !filters.every((f) => fieldMatches(doc, f))) return null;
      // A note on a brief that is gone (trashed) must not lead back to it.
      if (doc.kind === 'note' && (doc.briefId === null || !this.byId.has(doc.briefId))) return null;
      return phrases.every((p) => this.phraseOccurs(num, p)) ? doc.kind : null;
    };
    let open = DOC_KINDS.length;
    let shown = 0;
    const take = (num: number, marks: Uint8Array | null, marked: QueryTerm[]): void => {
      const kind = wanted(num, marks);
      if (kind === null || more[kind]) return;
      if (groups[kind].length < limit) {
        groups[kind].push(this.hit(num, [...textTerms, ...marked], [...indexed, ...marked]));
        shown++;
      } else {
        more[kind] = true;
        open--;
      }
    };

    // Title matches first (more query words in the title, then the most recently updated), then
    // the rest newest first: walking the recency order stops as soon as every group is full.
    const titled: number[] = [];
    for (let num = 0; num < titleScore.length; num++) if (titleScore[num] && this.docs[num]) titled.push(num);
    titled.sort((a, b) => titleScore[b]! - titleScore[a]! || this.newer(a, b));
    const walk = (marks: Uint8Array | null, skip: Uint8Array | null, marked: QueryTerm[]) => {
      for (const num of titled) if (open && !skip?.[num]) take(num, marks, marked);
      for (const num of this.byRecency()) {
        if (!open) break;
        if (!titleScore[num] && !skip?.[num]) take(num, marks, marked);
      }
    };
    walk(exact, null, []);
    // Words one typo away are looked up only when the exact matches leave room, and come after them.
    if (open && shown < limit) {
      const typos = this.typoMarks(indexed);
      if (typos) walk(typos.marks, exact, typos.near.map((w) => ({ words: [w], phrase: false, prefix: false, field: null })));
    }
    return { groups, more };
  }

  /** Documents that match every term when each word may also be one edit off, and the words that did. */
  private typoMarks(terms: QueryTerm[]): { marks: Uint8Array; near: string[] } | null {
    let marks: Uint8Array | null = null;
    const near: string[] = [];
    for (const term of terms) {
      const index = term.field === 'title' ? this.titles : this.all;
      if (term.phrase) {
        marks = and(marks, this.termMarks(term, index));
        continue;
      }
      term.words.forEach((word, i) => {
        const wordMarks = new Uint8Array(this.docs.length);
        const close = index.near(word);
        near.push(...close);
        const lists = [...index.lists(word, term.prefix && i === term.words.length - 1), ...close.map((w) => index.postings.get(w)!)];
        for (const list of lists) for (const num of list) wordMarks[num] = 1;
        marks = and(marks, wordMarks);
      });
    }
    return near.length && marks ? { marks, near } : null;
  }

  /** Sorts the ranking order now, after a bulk load, rather than in the first query. */
  prepare(): void {
    this.byRecency();
  }

  /** Live document numbers, most recently updated first (sorted again after documents were added). */
  private byRecency(): Uint32Array {
    if (!this.recency) {
      const live = [...this.byId.values()].sort((a, b) => this.newer(a, b));
      this.recency = Uint32Array.from(live);
    }
    return this.recency;
  }

  /** Sort order: the more recently updated first, the earlier added on a tie. */
  private newer(a: number, b: number): number {
    return this.docs[b]!.updatedAt - this.docs[a]!.updatedAt || a - b;
  }

  /** Documents containing every word of a term (a phrase's order is checked afterwards). */
  private termMarks(term: QueryTerm, index: WordIndex): Uint8Array {
    let marks: Uint8Array | null = null;
    term.words.forEach((word, i) => {
      const wordMarks = new Uint8Array(this.docs.length);
      for (const list of index.lists(word, term.prefix && i === term.words.length - 1)) for (const num of list) wordMarks[num] = 1;
      marks = and(marks, wordMarks);
    });
    return marks ?? new Uint8Array(this.docs.length);
  }

  private folded(num: number): FoldedText {
    let entry = this.foldedCache.get(num);
    if (entry) this.foldedCache.delete(num);
    else entry = foldForMatching(this.docs[num]!.text);
    this.foldedCache.set(num, entry);
    if (this.foldedCache.size > FOLDED_CACHE) this.foldedCache.delete(this.foldedCache.keys().next().value!);
    return entry;
  }

  private phraseOccurs(num: number, term: QueryTerm): boolean {
    const doc = this.docs[num]!;
    const pattern = termPattern([term])!;
    if (pattern.test(foldForMatching(doc.title).folded)) return true;
    return term.field !== 'title' && (pattern.test(this.folded(num).folded) || pattern.test(foldForMatching(doc.byline ?? '').folded));
  }

  private hit(num: number, bodyTerms: QueryTerm[], titleTerms: QueryTerm[]): SearchHit {
    const doc = this.docs[num]!;
    const owner = doc.briefId === null ? undefined : this.docs[this.byId.get(doc.briefId) ?? -1];
    return {
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      titleMarks: matchRanges(doc.title, titleTerms),
      snippet: buildSnippet(doc.text, matchRanges(doc.text, bodyTerms, this.folded(num), SNIPPET_WIDTH), SNIPPET_WIDTH),
      briefId: doc.briefId,
      context: owner?.title ?? '',
    };
  }
}

function and(a: Uint8Array | null, b: Uint8Array): Uint8Array {
  if (!a) return b;
  for (let i = 0; i < a.length; i++) a[i]! &= b[i]!;
  return a;
}

function fieldMatches(doc: SearchDoc, term: QueryTerm): boolean {
  const values = term.field === 'topic' ? doc.topics : doc.tags;
  return values.some((v) => valueMatches(v, term));
}
