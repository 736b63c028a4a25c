import type { FootnoteDefinition, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { type Lang, useTranslations } from '../../i18n';
import { bulletinTextOf } from '../../lib/content/content-file';

/** A note's element id and its marker's: the same in both languages, like the measure anchors. */
const noteAnchor = (id: string) => `note-${id}`;
const noteMarkerAnchor = (id: string) => `note-marker-${id}`;

/**
 * Remark plugin: a bulletin text's footnotes are its translator's notes. Each
 * marker becomes a numbered superscript link to its note, and the notes a
 * "Translator's notes" list at the end of the text, each with a link back,
 * labelled in the text's language. (GFM's own footnote output would label them
 * in English on every page and give them ids the side-by-side page repeats.)
 * Markers and notes are checked against each other before rendering
 * (src/lib/content/note-checks.ts); an unmatched one is left as GFM leaves it.
 */
export function remarkTranslatorNotes() {
  return (tree: Root, file: VFile) => {
    const text = bulletinTextOf(file.path ?? '');
    if (!text) return;
    const definitions = new Map<string, FootnoteDefinition>();
    visit(tree, 'footnoteDefinition', (node, index, parent) => {
      definitions.set(node.identifier, node);
      parent!.children.splice(index!, 1);
      return [SKIP, index!];
    });
    const order: string[] = [];
    visit(tree, 'footnoteReference', (node, index, parent) => {
      if (!definitions.has(node.identifier)) return;
      if (!order.includes(node.identifier)) order.push(node.identifier);
      parent!.children.splice(index!, 1, marker(node.identifier, order.indexOf(node.identifier) + 1, text.lang) as PhrasingContent);
    });
    if (order.length > 0) tree.children.push(notesSection(order.map((id) => definitions.get(id)!), text.lang));
  };
}

/** `<sup class="note-marker"><a href="#note-x" id="note-marker-x" aria-label="Translator's note 1">1</a></sup>` */
function marker(id: string, number: number, lang: Lang) {
  const t = useTranslations(lang);
  const link = { type: 'element', tagName: 'a', properties: { href: `#${noteAnchor(id)}`, id: noteMarkerAnchor(id), className: ['note-marker__link'], ariaLabel: t('notes.marker', { number }) }, children: [{ type: 'text', value: String(number) }] };
  // Not indexed: a search snippet would read the number as part of the sentence (“5000多万 1建材”).
  return { type: 'noteMarker', data: { hName: 'sup', hProperties: { className: ['note-marker'], dataPagefindIgnore: '' }, hChildren: [link] } };
}

/** The notes, numbered in the order of their markers, each ending with a link back to its marker. */
function notesSection(notes: FootnoteDefinition[], lang: Lang): RootContent {
  const t = useTranslations(lang);
  const items = notes.map((note, index) => {
    const back = { type: 'link', url: `#${noteMarkerAnchor(note.identifier)}`, data: { hProperties: { className: ['notes__back'], ariaLabel: t('notes.back', { number: index + 1 }), dataPagefindIgnore: '' } }, children: [{ type: 'text', value: '↩' }] };
    const children = [...note.children];
    const last = children.at(-1);
    if (last?.type === 'paragraph') children[children.length - 1] = { ...last, children: [...last.children, { type: 'text', value: ' ' }, back] } as Paragraph;
    else children.push({ type: 'paragraph', children: [back] } as Paragraph);
    return { type: 'listItem', spread: false, data: { hProperties: { id: noteAnchor(note.identifier) } }, children };
  });
  const heading = { type: 'heading', depth: 3, data: { hProperties: { id: 'notes' } }, children: [{ type: 'text', value: t('notes.heading') }] };
  const list = { type: 'list', ordered: true, spread: false, children: items };
  return { type: 'notes', data: { hName: 'section', hProperties: { className: ['notes'], ariaLabelledby: 'notes' } }, children: [heading, list] } as unknown as RootContent & Parent;
}
