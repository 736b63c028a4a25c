import { describe, expect, it } from 'vitest';
import { arrowStep, focusTarget } from './arrow-keys';

describe('arrowStep()', () => {
  it('moves on with the down arrow and back with the up arrow', () => {
    expect(arrowStep('ArrowDown')).toBe(1);
    expect(arrowStep('ArrowUp')).toBe(-1);
  });

  it('does not move with other keys', () => {
    for (const key of ['ArrowLeft', 'ArrowRight', 'Enter', 'Tab', 'a']) expect(arrowStep(key)).toBe(0);
  });
});

describe('focusTarget()', () => {
  it('goes from the box to the first link', () => {
    expect(focusTarget(-1, 1, 4)).toBe(0);
  });

  it('goes to the next link and to the one before', () => {
    expect(focusTarget(1, 1, 4)).toBe(2);
    expect(focusTarget(2, -1, 4)).toBe(1);
  });

  it('goes back into the box from the first link, or from the box itself', () => {
    expect(focusTarget(0, -1, 4)).toBe('box');
    expect(focusTarget(-1, -1, 4)).toBe('box');
  });

  it('stays on the last link', () => {
    expect(focusTarget(3, 1, 4)).toBe(3);
  });

  it('goes nowhere when there are no links', () => {
    expect(focusTarget(-1, 1, 0)).toBeNull();
  });
});
