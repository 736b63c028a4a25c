import type { Heading, Root, Text } from 'mdast';
// Declares `data.hProperties`, which remark-rehype turns into HTML attributes.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { splitAnchorMarker } from '../../lib/content/anchor-marker';

/**
 * Remark plugin: a heading ending in `{#anchor}` gets that anchor as its id,
 * and the marker is removed from the visible text.
 */
export function remarkHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const { text, anchor } = splitAnchorMarker((last as Text).value);
      if (!anchor) return;
      (last as Text).value = text;
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: anchor } };
    });
  };
}
