import { describe, expect, it } from 'vitest';
import { bulletinFolders, readText } from '../../../tests/support/content-files';
import { firstMismatch, textBlocks } from './text-blocks';

describe('textBlocks()', () => {
  it('splits at blank lines and says what each block is, with its line', () => {
    const body = '## One {#measure-1}\n\nFirst paragraph\nstill first.\n\n- a\n- b\n\n| x |\n|---|\n| 1 |\n\n> quote\n';
    expect(textBlocks(body).map(({ kind, line }) => [kind, line])).toEqual([
      ['h2', 1],
      ['paragraph', 3],
      ['list', 6],
      ['table', 9],
      ['quote', 13],
    ]);
    expect(textBlocks(body)[1]!.source).toBe('First paragraph\nstill first.');
  });

  it('finds no blocks in an empty body', () => {
    expect(textBlocks('\n\n')).toEqual([]);
  });
});

describe('firstMismatch()', () => {
  it('pairs the two texts of every real bulletin block for block', () => {
    for (const id of bulletinFolders()) {
      expect(firstMismatch(textBlocks(readText(id, 'en').body), textBlocks(readText(id, 'zh').body)), id).toBeNull();
    }
  });

  it('names the first block without a partner of its kind', () => {
    const a = textBlocks('## A\n\nText\n\nMore');
    const b = textBlocks('## A\n\n- list\n\nMore');
    expect(firstMismatch(a, b)).toMatchObject({ index: 1, a: { kind: 'paragraph' }, b: { kind: 'list' } });
    expect(firstMismatch(a, textBlocks('## A\n\nText'))).toEqual({ index: 2, a: a[2] });
  });
});
