import { type DefaultTreeAdapterMap, defaultTreeAdapter, html, parseFragment, serializeOuter } from 'parse5';
import { MEASURE_ANCHOR } from '../content/schema/ids';

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

/** One block of a text and the anchor of its row in the side-by-side view. */
export interface CompareBlock {
  anchor: string;
  html: string;
}

/** A row of the side-by-side view: its anchor, the source text's block and the translation's beside it. */
export interface CompareRow {
  anchor: string;
  source: string;
  target: string;
}

/** The anchor of the rows before the first measure heading: `intro-p1`, `intro-p2` … */
const INTRO = 'intro';

/** The anchor of the heading over the translator's notes; each note is `notes-<its id>`. */
const NOTES = 'notes';

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** A measure heading's anchor (`measure-2`, `measure-1-3`), or undefined for any other block. */
function measureAnchorOf(element: Element): string | undefined {
  const id = attr(element, 'id');
  return /^h[1-6]$/.test(element.tagName) && id !== undefined && MEASURE_ANCHOR.test(id) ? id : undefined;
}

/**
 * The top-level blocks of a text's rendered HTML (a paragraph, heading, list or
 * table each), for the side-by-side view: the text Astro already rendered for the
 * bulletin page, split rather than rendered again, so the two views cannot differ.
 *
 * Each block gets an anchor from the text's structure only, never its wording, so
 * the two texts of a bulletin give the same anchors and an edit to one paragraph
 * moves no other paragraph's: a measure heading keeps its own anchor
 * (`measure-2`), the blocks under it are counted from 1 within it (`measure-2-p3`),
 * those before the first measure are `intro-p1` …, the heading over the
 * translator's notes is `notes` and each note `notes-<note id>`.
 */
export function compareBlocks(source: string): CompareBlock[] {
  const blocks: CompareBlock[] = [];
  let measure = INTRO;
  let position = 0;
  for (const element of parseFragment(source).childNodes.filter(isElement)) {
    if (hasClass(element, 'notes')) {
      blocks.push(...noteBlocks(element));
      continue;
    }
    const heading = measureAnchorOf(element);
    if (heading) {
      measure = heading;
      position = 0;
    } else position += 1;
    strip(element);
    blocks.push({ anchor: heading ?? `${measure}-p${position}`, html: serializeOuter(element) });
  }
  return blocks;
}

/** The blocks of a text's rendered HTML, without their anchors. */
export function htmlBlocks(source: string): string[] {
  return compareBlocks(source).map((block) => block.html);
}

/**
 * The rows of the side-by-side view: each block of the source text beside the
 * translation's block in the same place. The anchors are the source text's, so
 * the page in either language gives a paragraph the same anchor.
 */
export function compareRows(source: string, target: string): CompareRow[] {
  const right = htmlBlocks(target);
  return compareBlocks(source).map((block, i) => ({ anchor: block.anchor, source: block.html, target: right[i] ?? '' }));
}

/**
 * The translator's notes as blocks of their own, as the Markdown has them: the
 * heading, then each note with its number, so that each note sits beside its
 * translation rather than all of them in one cell.
 */
function noteBlocks(section: Element): CompareBlock[] {
  const heading = section.childNodes.filter(isElement).find((child) => /^h\d$/.test(child.tagName));
  const items = section.childNodes.filter(isElement).flatMap((child) => (child.tagName === 'ol' ? child.childNodes.filter(isElement) : []));
  const notes = items.map((item, index) => {
    const note = defaultTreeAdapter.createElement('div', html.NS.HTML, [{ name: 'class', value: 'notes__note' }]);
    const number = defaultTreeAdapter.createElement('span', html.NS.HTML, [{ name: 'class', value: 'notes__number' }]);
    defaultTreeAdapter.insertText(number, `${index + 1}. `);
    defaultTreeAdapter.appendChild(note, number);
    for (const child of item.childNodes) defaultTreeAdapter.appendChild(note, child);
    // The note's own id (`note-<id>`, the same in both texts), or its number where it has none.
    const id = attr(item, 'id')?.replace(/^note-/, '') ?? String(index + 1);
    return { anchor: `${NOTES}-${id}`, element: note };
  });
  return [...(heading ? [{ anchor: NOTES, element: heading }] : []), ...notes].map(({ anchor, element }) => {
    strip(element);
    return { anchor, html: serializeOuter(element) };
  });
}
