import { readFileSync } from 'node:fs';
import { type DefaultTreeAdapterMap, parse } from 'parse5';

/**
 * Reading built HTML as a browser parses it (parse5), without a browser: the
 * few questions the tests ask of a page, in one place.
 */

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];

/** A whole HTML document, parsed. */
export function parseHtml(html: string): DefaultTreeAdapterMap['document'] {
  return parse(html);
}

/** An HTML file on disk, parsed. */
export function parseHtmlFile(file: string): DefaultTreeAdapterMap['document'] {
  return parseHtml(readFileSync(file, 'utf8'));
}

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** A node's children, and a template's contents, which parse5 keeps apart from its children. */
function childrenOf(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  return 'content' in node ? [...own, node.content] : own;
}

/**
 * The elements in `root` (HTML text or a parsed node, the node itself included)
 * that pass `predicate`, in document order; template contents count as content.
 */
export function elements(root: string | Node, predicate: (el: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [typeof root === 'string' ? parseHtml(root) : root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && predicate(node)) out.push(node);
    stack.push(...childrenOf(node).reverse());
  }
  return out;
}

/** The first element in `root` that passes `predicate`, or undefined. */
export function element(root: string | Node, predicate: (el: Element) => boolean): Element | undefined {
  return elements(root, predicate)[0];
}

/** An element's child elements, of one tag name if given. */
export function childElements(el: Element, tag?: string): Element[] {
  return el.childNodes.filter((child): child is Element => isElement(child) && (tag === undefined || child.tagName === tag));
}

/** An attribute's value, or undefined when the element has none of that name. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(el: Element, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

/** The text a node holds, as the DOM's textContent gives it (template contents aside). */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
