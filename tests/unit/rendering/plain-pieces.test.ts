import { describe, expect, it } from 'vitest';
import { plainPieces } from '../../../renderer/src/rendering/body-pieces.js';

/** Cuts text at fixed lengths, as storage does, words or not. */
const storedAs = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe('plain-text pieces for the reader', () => {
  const prose = Array.from({ length: 400 }, (_, i) => `Sentence ${i} tells of the harbour tally and the crates counted.`).join(' ');

  it('joins back into the text exactly, whatever the stored cuts', () => {
    for (const size of [97, 1_000, 4_096, prose.length]) {
      expect([...plainPieces(storedAs(prose, size), 512)].join('')).toBe(prose);
    }
  });

  it('never ends a piece inside a word when a space is near, even where storage cut one', () => {
    const pieces = [...plainPieces(storedAs(prose, 1_000), 512)];
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeLessThanOrEqual(512);
      expect(piece.endsWith(' ') || piece.endsWith('\n'), JSON.stringify(piece.slice(-20))).toBe(true);
    }
  });

  it('prefers a line break to a space, and cuts a word only when there is no room', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line ${i} of the ledger`).join('\n');
    for (const piece of [...plainPieces([lines], 128)].slice(0, -1)) expect(piece.endsWith('\n')).toBe(true);
    const token = 'x'.repeat(1_000);
    const cut = [...plainPieces(storedAs(token, 300), 128)];
    expect(cut.join('')).toBe(token);
    expect(Math.max(...cut.map((p) => p.length))).toBe(128);
  });
});
