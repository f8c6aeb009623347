import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../renderer/src/domain/lock/passphrase-strength.js';

describe('passphraseStrength', () => {
  it('calls anything under the minimum too short, counting characters rather than UTF-16 units', () => {
    expect(passphraseStrength('', 10)).toBe('short');
    expect(passphraseStrength('abcdefghi', 10)).toBe('short');
    expect(passphraseStrength('🔑🔑🔑🔑🔑', 10)).toBe('short');
  });

  it('grows with length', () => {
    expect(passphraseStrength('harbourxyz', 10)).toBe('weak');
    expect(passphraseStrength('harbour quay', 10)).toBe('weak');
    expect(passphraseStrength('harbour quay mo', 10)).toBe('fair');
    expect(passphraseStrength('harbour quay moss lantern', 10)).toBe('strong');
  });

  it('gives some credit for mixed kinds of character', () => {
    expect(passphraseStrength('Harbour-42x', 10)).toBe('fair');
    expect(passphraseStrength('Harbour-42 quay!', 10)).toBe('strong');
  });

  it('calls a repeated character weak however long', () => {
    expect(passphraseStrength('a'.repeat(40), 10)).toBe('weak');
    expect(passphraseStrength('ababababababababababab', 10)).toBe('weak');
  });
});
