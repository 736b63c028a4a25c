import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { TextFile } from './bulletin';
import type { ReportProblem } from './content-error';

/**
 * A bulletin's text is text: paragraphs, headings, lists, tables, emphasis,
 * links and translator's notes, written in Markdown. The site's Markdown passes
 * raw HTML through to the page as it is, and makes an href of any link's address,
 * so a `<script>`, an `<iframe>` or a `javascript:` link would reach the page;
 * each is refused here, with its line.
 *
 * The text is parsed as the site parses it for the page (CommonMark with
 * remark-gfm, src/integrations/markdown.ts), so what is refused is exactly what
 * would become markup, and Markdown that only looks like it (`<b>` in backticks,
 * "a < b") is left alone.
 */

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * The schemes a link may have. mailto: is allowed: GFM makes a bare mail address
 * a link (a notice may give its contact address), and a mail link runs nothing
 * and loads nothing. Every other scheme (javascript:, data:, vbscript:, file:,
 * tel: …) is refused: the texts have no use for them, and some run script.
 */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** One thing in a text that is markup, not text: the line of the body it starts on, what it is, how to write it instead. */
export interface MarkupFound {
  line: number;
  problem: string;
  fix: string;
}

/** What the parse found, before it is worded: raw HTML on one line is gathered into one problem. */
interface Found {
  line: number;
  kind: 'html' | 'comment' | 'image' | 'link' | 'definition';
  /** The raw HTML, the image's Markdown, or the link's address. */
  source: string;
  label?: string;
}

/** The markup in a text body, in the order it is written. */
export function markupIn(body: string): MarkupFound[] {
  const found: Found[] = [];
  visit(parser.parse(body), (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') {
      found.push({ line, kind: isComment(node.value) ? 'comment' : 'html', source: node.value });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      // Any image, wherever it is from: the texts have no image pipeline, every file the site
      // serves is its own, and an image from another host would be a request to it from each reader.
      found.push({ line, kind: 'image', source: body.slice(node.position?.start.offset, node.position?.end.offset) });
    } else if ((node.type === 'link' || node.type === 'definition') && !linkAllowed(node.url)) {
      found.push({ line, kind: node.type, source: node.url, ...(node.type === 'definition' ? { label: node.label ?? node.identifier } : {}) });
    }
  });
  return rawHtmlByLine(found).map(worded);
}

/** Every piece of markup in a text, each a problem of its file, at its line in the file; true when there is none. */
export function checkMarkup(text: TextFile, report: ReportProblem): boolean {
  const found = markupIn(text.body);
  for (const { line, problem, fix } of found) report(text.file, `line ${text.bodyLine + line - 1}`, problem, fix);
  return found.length === 0;
}

/** A relative address (`/en/…`, `#measure-2`, `../`) or one with an allowed scheme. */
export function linkAllowed(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === null || LINK_SCHEMES.has(scheme);
}

/**
 * The scheme a browser reads from an address, in lower case; null for a relative
 * address. A browser first strips controls and spaces from both ends and removes
 * tabs and line breaks anywhere, so `java\tscript:` is javascript: to it, and here.
 */
export function schemeOf(url: string): string | null {
  const read = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase() ?? null;
}

/** Comments and nothing else; an unclosed `<!--` runs to the end of the text. */
function isComment(html: string): boolean {
  return /^\s*<!--/.test(html) && html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').trim() === '';
}

/** An element with its closing tag on the same line (`<span>…</span>`) is one problem, not two. */
function rawHtmlByLine(found: Found[]): Found[] {
  const first = new Map<number, Found>();
  return found.filter((f) => {
    if (f.kind !== 'html') return true;
    const earlier = first.get(f.line);
    if (!earlier) first.set(f.line, f);
    else earlier.source += f.source;
    return !earlier;
  });
}

const LINK_FIX = 'link to a web address, [words](https://…), or to a place on the site, [words](#measure-2); to show an address as text, put it in `backticks`';

function worded(f: Found): MarkupFound {
  switch (f.kind) {
    case 'html':
      return { line: f.line, problem: `raw HTML (${tagsIn(f.source)}) is not allowed in a bulletin's text`, fix: 'write it as Markdown text; a link is [words](https://…)' };
    case 'comment':
      // Refused though the page does not show it: a comment is published in the page's source,
      // and one left open hides all the text after it, measures and all, with no sign on the page.
      return { line: f.line, problem: `an HTML comment (${excerpt(f.source)}) is not allowed in a bulletin's text`, fix: 'remove it: a comment is published in the page\'s source; keep notes to editors out of the text' };
    case 'image':
      return { line: f.line, problem: `an image (${excerpt(f.source)}) is not allowed in a bulletin's text`, fix: 'say in words what it shows; a number a reader should see goes in facts.yaml under figures, and is drawn as a chart' };
    case 'link':
      return { line: f.line, problem: `a ${schemeOf(f.source)}: link (${JSON.stringify(short(f.source))}) is not allowed in a bulletin's text`, fix: LINK_FIX };
    case 'definition':
      return { line: f.line, problem: `a ${schemeOf(f.source)}: link definition ([${f.label}]: ${JSON.stringify(short(f.source))}) is not allowed in a bulletin's text`, fix: LINK_FIX };
  }
}

/** The elements raw HTML opens (`<div>, <script>`), those it closes without opening (`</p>`), and the rest by their start (`<!DOCTYPE html>`). */
function tagsIn(html: string): string {
  const marks = [...html.matchAll(/<(\/?)([a-z][a-z0-9-]*)|<[!?][^>]*>?/gi)].map(([mark, slash, name]) => (name ? `<${slash}${name.toLowerCase()}>` : excerpt(mark)));
  const named = new Set(marks);
  return [...new Set(marks.filter((mark) => !(mark.startsWith('</') && named.has(mark.replace('/', '')))))].join(', ');
}

/** A long address (a data: URL can be pages long) cut to what identifies it. */
function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** Markup quoted in a message, on one line, so that the list of problems keeps its shape. */
function excerpt(markup: string): string {
  return short(markup.replace(/\s+/g, ' ').trim());
}
