/**
 * The blocks of a bulletin text (paragraphs, headings, lists, tables: whatever is
 * separated by a blank line), for showing original and translation side by side.
 * The two texts of a bulletin are written block for block, so block i of one is
 * the translation of block i of the other.
 */
export interface TextBlock {
  /** The block's Markdown source. */
  source: string;
  /** What kind of block it is: "h2", "h3", "list", "table", "quote", "paragraph". */
  kind: string;
  /** Line of the block's start in the body (1-based). */
  line: number;
}

function kindOf(source: string): string {
  const heading = /^(#{1,6})\s/.exec(source);
  if (heading) return `h${heading[1]!.length}`;
  if (/^\s*([-*+]|\d+[.)])\s/.test(source)) return 'list';
  if (/^\s*\|/.test(source)) return 'table';
  if (/^\s*>/.test(source)) return 'quote';
  if (/^\[\^[^\]]+\]:/.test(source)) return 'footnote';
  return 'paragraph';
}

export function textBlocks(body: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const lines = body.split('\n');
  let start = -1;
  lines.forEach((line, index) => {
    const blank = line.trim() === '';
    if (!blank && start === -1) start = index;
    if ((blank || index === lines.length - 1) && start !== -1) {
      const end = blank ? index : index + 1;
      const source = lines.slice(start, end).join('\n');
      blocks.push({ source, kind: kindOf(source), line: start + 1 });
      start = -1;
    }
  });
  return blocks;
}

/**
 * Where two texts stop pairing block for block: null when every block has a
 * partner of the same kind, else the first block that has not.
 */
export function firstMismatch(a: TextBlock[], b: TextBlock[]): { index: number; a?: TextBlock; b?: TextBlock } | null {
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index++) {
    if (a[index]?.kind !== b[index]?.kind) return { index, ...(a[index] ? { a: a[index] } : {}), ...(b[index] ? { b: b[index] } : {}) };
  }
  return null;
}
