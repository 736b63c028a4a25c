import { describe, expect, it } from 'vitest';
import { latestOnly } from './latest';

describe('latestOnly()', () => {
  it('keeps a search current while no other starts', () => {
    const latest = latestOnly();
    const first = latest.start();
    expect(latest.isCurrent(first)).toBe(true);
  });

  it('makes an earlier search stale when a later one starts', () => {
    const latest = latestOnly();
    const first = latest.start();
    const second = latest.start();
    expect(latest.isCurrent(first)).toBe(false);
    expect(latest.isCurrent(second)).toBe(true);
  });

  it('makes every search stale on cancel, until the next starts', () => {
    const latest = latestOnly();
    const first = latest.start();
    latest.cancel();
    expect(latest.isCurrent(first)).toBe(false);
    expect(latest.isCurrent(latest.start())).toBe(true);
  });

  it('keeps the searches of two boxes apart', () => {
    const header = latestOnly();
    const page = latestOnly();
    const ticket = header.start();
    page.start();
    page.cancel();
    expect(header.isCurrent(ticket)).toBe(true);
  });

  it('aborts the signal of a search once a later one starts, and leaves the later one running', () => {
    const latest = latestOnly();
    const first = latest.signal(latest.start());
    const second = latest.start();
    expect(first.aborted).toBe(true);
    expect(latest.signal(second).aborted).toBe(false);
  });

  it('aborts the signal of every search on cancel', () => {
    const latest = latestOnly();
    const ticket = latest.start();
    const signal = latest.signal(ticket);
    latest.cancel();
    expect(signal.aborted).toBe(true);
    expect(latest.signal(ticket).aborted).toBe(true);
  });
});
