import { describe, expect, it } from 'vitest';
import { aFewAtATime } from './a-few-at-a-time';

describe('aFewAtATime()', () => {
  it('runs the task on every item once, never more than the limit at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await aFewAtATime([1, 2, 3, 4, 5, 6, 7], 3, async (item) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      done.push(item);
      running--;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('resolves with the results in the order of the items, whichever finishes first', async () => {
    const results = await aFewAtATime([30, 10, 20], 3, async (ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40]);
  });

  it('rejects when a task fails', async () => {
    await expect(aFewAtATime([1, 2], 2, async (item) => { if (item === 2) throw new Error('no'); })).rejects.toThrow('no');
  });
});
