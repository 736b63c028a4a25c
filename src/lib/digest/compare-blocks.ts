import { type DefaultTreeAdapterMap, defaultTreeAdapter, html, parseFragment, serializeOuter } from 'parse5';

type Node = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (node: Node): node is Element => 'tagName' in node;

const hasClass = (node: Node, name: string) => isElement(node) && node.attrs.some((a) => a.name === 'class' && a.value.split(' ').includes(name));

/**
 * Takes out what belongs to the bulletin page only: ids (its anchors) and what
 * points at them (the measures' copy-link controls, the links between a
 * translator's note and its marker, which keeps its number as plain text).
 */
function strip(element: Element): void {
  element.attrs = element.attrs.filter((attr) => attr.name !== 'id' && attr.name !== 'aria-labelledby');
  element.childNodes = element.childNodes
    .filter((child) => !hasClass(child, 'measure-link') && !hasClass(child, 'notes__back'))
    .flatMap((child) => (hasClass(child, 'note-marker__link') ? (child as Element).childNodes : [child]));
  for (const child of element.childNodes) if (isElement(child)) strip(child);
}

/**
 * The top-level blocks of a text's rendered HTML (a paragraph, heading, list or
 * table each), for the side-by-side view: the text Astro already rendered for the
 * bulletin page, split rather than rendered again, so the two views cannot differ.
 */
export function htmlBlocks(source: string): string[] {
  return parseFragment(source)
    .childNodes.filter(isElement)
    .flatMap((element) => (hasClass(element, 'notes') ? noteBlocks(element) : [element]))
    .map((element) => {
      strip(element);
      return serializeOuter(element);
    });
}

/**
 * The translator's notes as blocks of their own, as the Markdown has them: the
 * heading, then each note with its number, so that each note sits beside its
 * translation rather than all of them in one cell.
 */
function noteBlocks(section: Element): Element[] {
  const heading = section.childNodes.filter(isElement).find((child) => /^h\d$/.test(child.tagName));
  const items = section.childNodes.filter(isElement).flatMap((child) => (child.tagName === 'ol' ? child.childNodes.filter(isElement) : []));
  const notes = items.map((item, index) => {
    const note = defaultTreeAdapter.createElement('div', html.NS.HTML, [{ name: 'class', value: 'notes__note' }]);
    const number = defaultTreeAdapter.createElement('span', html.NS.HTML, [{ name: 'class', value: 'notes__number' }]);
    defaultTreeAdapter.insertText(number, `${index + 1}. `);
    defaultTreeAdapter.appendChild(note, number);
    for (const child of item.childNodes) defaultTreeAdapter.appendChild(note, child);
    return note;
  });
  return [...(heading ? [heading] : []), ...notes];
}
