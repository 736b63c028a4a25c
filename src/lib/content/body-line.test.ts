import { describe, expect, it } from 'vitest';
import { bodyLineIn, bodyOf } from './body-line';

describe('bodyLineIn()', () => {
  it('counts the front matter and the blank lines Astro trims off before the body', () => {
    const source = '---\ntitle: T\nsummary: S\n---\n\n\nFirst paragraph.\n\nSecond.\n';
    expect(bodyLineIn(source, 'First paragraph.\n\nSecond.')).toBe(7);
  });

  it('gives line 1 for a file that is all body', () => {
    expect(bodyLineIn('First paragraph.\n', 'First paragraph.')).toBe(1);
  });

  it('counts Windows line endings as one line each', () => {
    expect(bodyLineIn('---\r\ntitle: T\r\n---\r\nBody.\r\n', 'Body.')).toBe(4);
  });

  it('finds the body after front matter that holds the same words', () => {
    expect(bodyLineIn('---\ntitle: Body.\n---\nBody.\n', 'Body.')).toBe(4);
  });

  it('refuses a body that is not the end of the file', () => {
    expect(() => bodyLineIn('---\ntitle: T\n---\nBody.\n', 'Another body.')).toThrow(/not the end of its file/);
  });
});

describe('bodyOf()', () => {
  it('leaves out the front matter and the blank lines around the body', () => {
    expect(bodyOf('---\ntitle: T\nsummary: S\n---\n\n\nFirst paragraph.\n\nSecond.\n\n')).toBe('First paragraph.\n\nSecond.');
  });

  it('keeps a rule in the body that looks like the front matter’s fence', () => {
    expect(bodyOf('---\ntitle: T\n---\nAbove.\n\n---\n\nBelow.\n')).toBe('Above.\n\n---\n\nBelow.');
  });

  it('takes a file without front matter whole', () => {
    expect(bodyOf('\nOnly a body.\n')).toBe('Only a body.');
  });

  it('gives a body that bodyLineIn finds at the end of its file, Windows line endings too', () => {
    const source = '---\r\ntitle: T\r\n---\r\n\r\nBody.\r\n';
    expect(bodyLineIn(source, bodyOf(source))).toBe(5);
  });
});
