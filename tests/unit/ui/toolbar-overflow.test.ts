import { describe, expect, it } from 'vitest';
import { actionsThatFit, splitActions } from '../../../renderer/src/ui/features/reader/toolbar-overflow.js';

describe('the reader toolbar moves what does not fit into its menu', () => {
  it('keeps every action when there is room, counting a gap before each', () => {
    expect(actionsThatFit(500, [120, 100], 4)).toBe(2);
    expect(actionsThatFit(228, [120, 100], 4)).toBe(2);
  });

  it('moves the last actions first, one pixel short is short', () => {
    expect(actionsThatFit(227, [120, 100], 4)).toBe(1);
    expect(actionsThatFit(124, [120, 100], 4)).toBe(1);
    expect(actionsThatFit(123, [120, 100], 4)).toBe(0);
  });

  it('moves everything when there is no room at all, and keeps nothing back when there is nothing', () => {
    expect(actionsThatFit(0, [120, 100], 4)).toBe(0);
    expect(actionsThatFit(-50, [120], 4)).toBe(0);
    expect(actionsThatFit(100, [], 4)).toBe(0);
  });

  it('splits the actions in their order, clamping the count', () => {
    expect(splitActions(['read', 'edit'], 1)).toEqual({ shown: ['read'], moved: ['edit'] });
    expect(splitActions(['read', 'edit'], 2)).toEqual({ shown: ['read', 'edit'], moved: [] });
    expect(splitActions(['read', 'edit'], 0)).toEqual({ shown: [], moved: ['read', 'edit'] });
    expect(splitActions(['read', 'edit'], 9)).toEqual({ shown: ['read', 'edit'], moved: [] });
    expect(splitActions(['read', 'edit'], -1)).toEqual({ shown: [], moved: ['read', 'edit'] });
  });
});
