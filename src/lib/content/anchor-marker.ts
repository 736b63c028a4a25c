/**
 * A heading in a bulletin text ends with its anchor: `## 一、建立完善“三联”模式 {#measure-1}`.
 * Anchors are written, not derived from the heading text, so that both languages
 * share them and a link to a measure survives a language switch or a reworded heading.
 */
const MARKER = /\s*\{#([^}\s]*)\}\s*$/;
const HEADING_LINE = /^ {0,3}#{1,6}\s+(.*)$/;

/** Splits "heading text {#anchor}" into its text and anchor (null when unmarked). */
export function splitAnchorMarker(text: string): { text: string; anchor: string | null } {
  const match = MARKER.exec(text);
  return match ? { text: text.slice(0, match.index), anchor: match[1] ?? '' } : { text, anchor: null };
}

/** Each ATX heading of a Markdown body, in order, with its anchor (null when unmarked). */
export function headingsIn(markdown: string): { line: number; text: string; anchor: string | null }[] {
  const headings: { line: number; text: string; anchor: string | null }[] = [];
  let fenced = false;
  markdown.split('\n').forEach((raw, index) => {
    if (/^ {0,3}(```|~~~)/.test(raw)) fenced = !fenced;
    const match = fenced ? null : HEADING_LINE.exec(raw);
    if (match?.[1] !== undefined) headings.push({ line: index + 1, ...splitAnchorMarker(match[1].replace(/\s+#+\s*$/, '')) });
  });
  return headings;
}

/** Each anchored heading's text, by anchor, with inline Markdown emphasis and code marks removed: `measure-2` → "Second, …". */
export function measureTitles(body: string): Record<string, string> {
  const titles: Record<string, string> = {};
  for (const { anchor, text } of headingsIn(body)) {
    if (anchor) titles[anchor] = text.replace(/(\*\*|__|\*|`)/g, '').trim();
  }
  return titles;
}
