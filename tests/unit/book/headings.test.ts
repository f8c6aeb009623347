import { describe, expect, it } from 'vitest';
import { bodyHeadingLevels } from '../../../renderer/src/domain/book/headings.js';

describe('bodyHeadingLevels', () => {
  it('starts the body one level below the brief title, whatever level the import used', () => {
    expect(bodyHeadingLevels([1, 2, 2, 1], 3)).toEqual([3, 4, 4, 3]);
    expect(bodyHeadingLevels([4, 5], 4)).toEqual([4, 5]);
  });

  it('never skips a level going down, even when the source did', () => {
    expect(bodyHeadingLevels([2, 4, 4, 3, 2], 3)).toEqual([3, 4, 4, 4, 3]);
    expect(bodyHeadingLevels([3, 2], 3)).toEqual([3, 3]);
  });

  it('stops at H6', () => {
    expect(bodyHeadingLevels([1, 2, 3, 4], 4)).toEqual([4, 5, 6, 6]);
  });

  it('leaves nothing to do for a body without headings', () => {
    expect(bodyHeadingLevels([], 3)).toEqual([]);
  });
});
