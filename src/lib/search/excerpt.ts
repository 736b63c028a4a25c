/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptSegment {
  text: string;
  hit: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * Reads a Pagefind excerpt (escaped text with `<mark>` around hits) into plain
 * segments the UI renders as text nodes, so nothing in an excerpt can ever
 * become markup. Adjacent hits are joined: Pagefind marks 纾 and 困 separately
 * where the reader searched for 纾困.
 */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let hit = false;
  // split() with a capture group puts it between the parts: '' for <mark>, '/' for </mark>.
  html.split(/<(\/?)mark>/).forEach((part, i) => {
    if (i % 2 === 1) hit = part === '';
    else segments.push({ text: decodeEntities(part), hit });
  });
  return joinAdjacent(segments.filter((segment) => segment.text !== ''));
}

function joinAdjacent(segments: ExcerptSegment[]): ExcerptSegment[] {
  const joined: ExcerptSegment[] = [];
  for (const segment of segments) {
    const last = joined.at(-1);
    if (last && last.hit === segment.hit) last.text += segment.text;
    else joined.push({ ...segment });
  }
  return joined;
}

/** The distinct matched words of some excerpts, for highlighting them on the page a result opens. */
export function hitWords(...excerpts: ExcerptSegment[][]): string[] {
  const words = excerpts.flat().filter((s) => s.hit).map((s) => s.text.trim().toLocaleLowerCase());
  return [...new Set(words.filter((w) => w !== ''))];
}
