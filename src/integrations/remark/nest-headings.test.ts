import type { Heading, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { remarkNestHeadings } from './nest-headings';

function depthsAfter(...depths: Heading['depth'][]): number[] {
  const tree: Root = {
    type: 'root',
    children: depths.map((depth) => ({ type: 'heading', depth, children: [{ type: 'text', value: `level ${depth}` }] })),
  };
  remarkNestHeadings()(tree);
  return tree.children.map((node) => (node as Heading).depth);
}

describe('remarkNestHeadings()', () => {
  it('puts every heading of a text one level down, so a ## measure is an h3 under the page\'s "Full text" h2', () => {
    expect(depthsAfter(2, 3, 2, 4)).toEqual([3, 4, 3, 5]);
  });

  it('makes a # heading an h2, below the page\'s own h1', () => {
    expect(depthsAfter(1)).toEqual([2]);
  });

  it('stops at h6, the deepest heading HTML has', () => {
    expect(depthsAfter(5, 6)).toEqual([6, 6]);
  });

  it('finds headings nested in other blocks too', () => {
    const tree: Root = {
      type: 'root',
      children: [{ type: 'blockquote', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'quoted' }] }] }],
    };
    remarkNestHeadings()(tree);
    expect(tree.children[0]).toMatchObject({ type: 'blockquote', children: [{ type: 'heading', depth: 3 }] });
  });
});
