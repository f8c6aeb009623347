// Test helper for the generated re-anchoring suite: random edits near an annotated span, and
// the ground truth of where that span's text goes under each edit.

export interface Range {
  start: number;
  end: number;
}

/** Replace text[pos, pos + del) by `ins`. */
export interface Edit {
  kind: string;
  pos: number;
  del: number;
  ins: string;
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.pos) + e.ins + text.slice(e.pos + e.del);
}

/**
 * Where the annotated span goes: a boundary inside deleted text moves to the edit, and the
 * replacement text counts as part of the span (it replaced annotated words).
 */
export function mapRange(r: Range, e: Edit): Range {
  const after = e.pos + e.del;
  const shift = e.ins.length - e.del;
  const start = r.start < e.pos ? r.start : r.start >= after ? r.start + shift : e.pos;
  const end = r.end <= e.pos ? r.end : r.end >= after ? r.end + shift : e.pos + e.ins.length;
  return { start, end: Math.max(start, end) };
}

/** Whether an edit leaves the span's own characters untouched. */
export const outside = (r: Range, e: Edit): boolean => e.pos + e.del <= r.start || e.pos >= r.end;

const FILLER = ['notably', 'formally', 'regional', 'several', 'joint', 'maritime', 'revised', 'the', 'new', 'and'];
const SENTENCES = [
  'A spokesperson declined to comment on the schedule. ',
  'The figures were revised later in the week. ',
  'Further talks are planned. ',
];

export interface EditContext {
  text: string;
  range: Range;
  /** Characters of the original quote already changed by earlier edits. */
  budget: number;
  rand: () => number;
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const int = (rand: () => number, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

/** Word boundaries (indices of spaces) strictly inside the range. */
function innerSpaces(text: string, r: Range): number[] {
  const out: number[] = [];
  for (let i = r.start + 1; i < r.end - 1; i++) if (text[i] === ' ') out.push(i);
  return out;
}

/** One random edit near (or deliberately far from) the span; null when the drawn kind does not fit. */
export function randomEdit(ctx: EditContext): Edit | null {
  const { text, range: r, rand } = ctx;
  const len = r.end - r.start;
  const spaces = innerSpaces(text, r);
  switch (pick(rand, ['insideInsert', 'insideDelete', 'insideReplace', 'typo', 'prefix', 'suffix', 'far', 'far', 'duplicate', 'boundary'])) {
    case 'insideInsert': {
      const ins = ` ${pick(rand, FILLER)}`;
      if (spaces.length < 2 || ins.length > ctx.budget) return null;
      return { kind: 'inside-insert', pos: pick(rand, spaces), del: 0, ins };
    }
    case 'insideDelete':
    case 'insideReplace': {
      if (spaces.length < 3) return null;
      const i = int(rand, 0, spaces.length - 2);
      const from = (spaces[i] ?? 0) + 1;
      const to = spaces[i + 1] ?? 0; // one whole inner word
      const ins = rand() < 0.5 ? '' : pick(rand, FILLER);
      if (to - from + ins.length > ctx.budget) return null;
      return { kind: ins ? 'inside-replace' : 'inside-delete', pos: from, del: to - from, ins };
    }
    case 'typo': {
      if (len < 12 || ctx.budget < 2) return null;
      return { kind: 'typo', pos: int(rand, r.start + 1, r.end - 2), del: 1, ins: pick(rand, ['x', 'é', '', 'ee']) };
    }
    case 'prefix':
    case 'suffix': {
      const before = rand() < 0.5;
      const lo = before ? Math.max(0, r.start - 40) : r.end;
      const hi = before ? r.start : Math.min(text.length, r.end + 40);
      if (hi - lo < 2) return null;
      const pos = int(rand, lo, hi - 1);
      const del = Math.min(int(rand, 0, 8), before ? r.start - pos : hi - pos);
      return { kind: before ? 'prefix' : 'suffix', pos, del, ins: rand() < 0.6 ? `${pick(rand, FILLER)} ` : '' };
    }
    case 'far':
    case 'duplicate': {
      const candidates = [int(rand, 0, Math.max(0, r.start - 200)), int(rand, Math.min(text.length, r.end + 200), text.length)].filter(
        (p) => p <= r.start - 200 || p >= r.end + 200,
      );
      if (candidates.length === 0) return null;
      const pos = pick(rand, candidates);
      if (rand() < 0.3) {
        // Deliberately plant a copy of the quote elsewhere, in different surroundings.
        return { kind: 'duplicate', pos, del: 0, ins: ` ${text.slice(r.start, r.end)} ` };
      }
      const room = pos < r.start ? r.start - 200 - pos : text.length - pos;
      const del = Math.max(0, Math.min(int(rand, 0, 80), room));
      return { kind: 'far', pos, del, ins: rand() < 0.5 ? pick(rand, SENTENCES) : '' };
    }
    default: {
      // Delete a few characters across one edge of the span.
      if (len < 20 || ctx.budget < 3) return null;
      const atStart = rand() < 0.5;
      const edge = atStart ? r.start : r.end;
      return { kind: 'boundary', pos: edge - int(rand, 1, 3), del: 3 + int(rand, 0, 1), ins: '' };
    }
  }
}
