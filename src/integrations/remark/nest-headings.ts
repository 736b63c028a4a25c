import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Remark plugin: a bulletin's `##` measures render as h3 (and `###` as h4),
 * because on the page they sit under the "Full text" h2.
 */
export function remarkNestHeadings() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      heading.depth = Math.min(6, heading.depth + 1) as Heading['depth'];
    });
  };
}
