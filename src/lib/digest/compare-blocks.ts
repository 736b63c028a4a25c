import { type DefaultTreeAdapterMap, parseFragment, serializeOuter } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Takes out what belongs to the bulletin page only: ids (its anchors) and the measures' copy-link controls. */
function strip(element: Element): void {
  element.attrs = element.attrs.filter((attr) => attr.name !== 'id');
  element.childNodes = element.childNodes.filter((child) => !(isElement(child) && child.attrs.some((a) => a.name === 'class' && a.value.split(' ').includes('measure-link'))));
  for (const child of element.childNodes) if (isElement(child)) strip(child);
}

/**
 * The top-level blocks of a text's rendered HTML (a paragraph, heading, list or
 * table each), for the side-by-side view: the text Astro already rendered for the
 * bulletin page, split rather than rendered again, so the two views cannot differ.
 */
export function htmlBlocks(html: string): string[] {
  return parseFragment(html)
    .childNodes.filter(isElement)
    .map((element) => {
      strip(element);
      return serializeOuter(element);
    });
}
