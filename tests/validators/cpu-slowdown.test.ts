import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor } from './cpu-slowdown.mjs';

describe('cpuSlowdownFor', () => {
  it('keeps the preset four times on a host as fast as Lighthouse assumes, or faster', () => {
    expect(cpuSlowdownFor(1533)).toBe(4);
    expect(cpuSlowdownFor(2400)).toBe(4);
  });

  it('slows a slower host less, through the points of Lighthouse’s calculator', () => {
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(1050)).toBeCloseTo(2.5);
  });

  it('never speeds a host up', () => {
    expect(cpuSlowdownFor(150)).toBe(1);
    expect(cpuSlowdownFor(40)).toBe(1);
  });

  it('refuses to guess without an index', () => {
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/BenchmarkIndex/);
  });
});
