// A rough, honest hint while a passphrase is typed. Length is what makes guessing slow (Argon2id
// makes each guess cost the same); variety of characters helps a little. No dictionary: the hint
// says "longer", it does not pretend to measure entropy.

export type Strength = 'short' | 'weak' | 'fair' | 'strong';

const classes = (s: string): number => [/\p{Ll}/u, /\p{Lu}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(s)).length;

export function passphraseStrength(passphrase: string, minLength: number): Strength {
  const chars = [...passphrase.normalize('NFC')];
  if (chars.length < minLength) return 'short';
  // A run of one character, or a short passphrase of one kind of character, is weak whatever its length.
  if (new Set(chars).size <= 3) return 'weak';
  const length = chars.length;
  const kinds = classes(passphrase);
  if (length >= 20 || (length >= 16 && kinds >= 3)) return 'strong';
  if (length >= 14 || kinds >= 3) return 'fair';
  return 'weak';
}
