import type { Heading, PhrasingContent, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import { remarkHeadingAnchors } from './heading-anchors';

const heading = (...children: PhrasingContent[]): Heading => ({ type: 'heading', depth: 2, children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });

function run(...headings: Heading[]): Heading[] {
  const tree: Root = { type: 'root', children: headings };
  remarkHeadingAnchors()(tree);
  return headings;
}

describe('remarkHeadingAnchors()', () => {
  it('gives a heading ending in {#anchor} that anchor as its id, and takes the marker out of its text', () => {
    const [h] = run(heading(text('一、建立完善“三联”模式 {#measure-1}')));
    expect(h!.children).toEqual([text('一、建立完善“三联”模式')]);
    expect(h!.data?.hProperties?.['id']).toBe('measure-1');
    // What the page gets: the id on the HTML heading, which a link to the measure opens.
    expect(toHast(h!)).toMatchObject({ type: 'element', tagName: 'h2', properties: { id: 'measure-1' }, children: [{ type: 'text', value: '一、建立完善“三联”模式' }] });
  });

  it('reads the marker from the heading\'s last text, after any emphasis before it', () => {
    const [h] = run(heading(text('Second, '), { type: 'emphasis', children: [text('precise')] }, text(' relief {#measure-1-2}')));
    expect(h!.children.at(-1)).toEqual(text(' relief'));
    expect(h!.data?.hProperties?.['id']).toBe('measure-1-2');
  });

  it('keeps the other HTML attributes a heading was given', () => {
    const h = heading(text('Summary {#summary}'));
    h.data = { hProperties: { className: ['lead'] } };
    run(h);
    expect(h.data.hProperties).toEqual({ className: ['lead'], id: 'summary' });
  });

  it('leaves a heading with no marker, or with the marker inside emphasis, as it was', () => {
    const plain = heading(text('Full text'));
    const emphasised = heading({ type: 'emphasis', children: [text('Full text {#full}')] });
    const before = structuredClone([plain, emphasised]);
    expect(run(plain, emphasised)).toEqual(before);
  });
});
