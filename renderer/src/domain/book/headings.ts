// Heading levels in a printed book never skip, so the tagged PDF's outline and a screen reader's
// heading list nest cleanly: book title H1; the principal's summary (its lists H3), contents,
// sections and appendices H2; briefs H2 at the top level or H3 inside a section; and each brief's
// own headings below its title.

/**
 * New levels for a brief body's headings (in document order), the first level being `base`.
 * Levels keep their relative rank (an imported body may start at H1, H2 or H4), but a heading is
 * never more than one level deeper than the one before it; nothing goes deeper than H6.
 */
export function bodyHeadingLevels(levels: readonly number[], base: number): number[] {
  const ranks = [...new Set(levels)].sort((a, b) => a - b);
  let previous = base - 1;
  let previousSource = 0;
  return levels.map((level) => {
    // Siblings in the source stay siblings, even when the first of them had to be lifted.
    const wanted = level === previousSource ? previous : base + ranks.indexOf(level);
    previous = Math.min(6, wanted, previous + 1);
    previousSource = level;
    return previous;
  });
}
