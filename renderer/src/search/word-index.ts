// One inverted list per word, for the search index: postings are ascending document numbers.
// It also answers the two loose lookups a query needs: completions of a prefix, and words one typo away.
import { TYPO_MIN_LENGTH, withinOneEdit } from '../domain/search/one-edit.js';

/** A posting list: an array while it grows, a view into a stored snapshot's numbers once loaded. */
export type Postings = number[] | Uint32Array;

/** The lists in three flat values, cheap to store and to read back from IndexedDB. */
export interface PackedWords {
  /** The words, one per line (a token never holds a line break). */
  words: string;
  /** How many numbers each word's list holds, in the order of `words`. */
  counts: Uint32Array;
  /** Every list, one after another. */
  nums: Uint32Array;
}

/** A prefix as short as "t" could expand to thousands of words: keep the most common ones. */
const MAX_EXPANSIONS = 64;

export class WordIndex {
  readonly postings = new Map<string, Postings>();
  private sorted: string[] | null = null;
  /** Indexed words by length, for finding a typo's neighbours among words of about its size. */
  private byLength: Map<number, string[]> | null = null;

  add(words: Iterable<string>, num: number): void {
    for (const w of words) {
      const list = this.postings.get(w);
      // A loaded list is a fixed view: it becomes an array on its first new number.
      if (list instanceof Uint32Array) this.postings.set(w, [...list, num]);
      else if (list) list.push(num);
      else {
        this.postings.set(w, [num]);
        this.sorted = null;
        this.byLength = null;
      }
    }
  }

  /** Indexed words one edit away from `word` (none for short words). */
  near(word: string): string[] {
    if (word.length < TYPO_MIN_LENGTH) return [];
    if (!this.byLength) {
      this.byLength = new Map();
      for (const w of this.postings.keys()) {
        const bucket = this.byLength.get(w.length);
        if (bucket) bucket.push(w);
        else this.byLength.set(w.length, [w]);
      }
    }
    const found: string[] = [];
    for (let length = word.length - 1; length <= word.length + 1; length++) {
      for (const w of this.byLength.get(length) ?? []) if (withinOneEdit(word, w)) found.push(w);
    }
    return found;
  }

  /** The posting lists a query word selects: its own, or its most frequent completions. */
  lists(word: string, prefix: boolean): Postings[] {
    if (!prefix) return [this.postings.get(word) ?? []];
    this.sorted ??= [...this.postings.keys()].sort();
    const words = this.sorted;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    const lists: Postings[] = [];
    for (let i = lo; i < words.length && words[i]!.startsWith(word); i++) lists.push(this.postings.get(words[i]!)!);
    return lists.length > MAX_EXPANSIONS ? lists.sort((a, b) => b.length - a.length).slice(0, MAX_EXPANSIONS) : lists;
  }

  /** Drops retired numbers from every list. */
  compact(live: (num: number) => boolean): void {
    for (const [word, list] of this.postings) {
      const kept = Array.from(list).filter(live);
      if (kept.length) this.postings.set(word, kept);
      else {
        this.postings.delete(word);
        this.sorted = null;
        this.byLength = null;
      }
    }
  }

  pack(): PackedWords {
    const words = [...this.postings.keys()];
    const counts = Uint32Array.from(words, (w) => this.postings.get(w)!.length);
    const nums = new Uint32Array(counts.reduce((a, b) => a + b, 0));
    let at = 0;
    for (const w of words) {
      const list = this.postings.get(w)!;
      nums.set(list, at);
      at += list.length;
    }
    return { words: words.join('\n'), counts, nums };
  }

  /** The lists of a packed index, as views into its numbers (no copy); throws when they do not add up. */
  static unpack({ words, counts, nums }: PackedWords, documents: number): WordIndex {
    const list = words ? words.split('\n') : [];
    if (list.length !== counts.length) throw new Error('the word list and its counts differ in length');
    const index = new WordIndex();
    let at = 0;
    list.forEach((w, i) => {
      const end = at + counts[i]!;
      if (end > nums.length) throw new Error('the counts run past the numbers');
      index.postings.set(w, nums.subarray(at, end));
      at = end;
    });
    if (at !== nums.length) throw new Error('numbers left over after the last word');
    for (const num of nums) if (num >= documents) throw new Error('a list names a document the index does not hold');
    return index;
  }
}
