/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptSegment {
  text: string;
  hit: boolean;
}

/** Joins neighbouring runs of the same kind, so a matched phrase is one mark. */
export function joinAdjacent(segments: readonly ExcerptSegment[]): ExcerptSegment[] {
  const joined: ExcerptSegment[] = [];
  for (const segment of segments) {
    if (segment.text === '') continue;
    const last = joined.at(-1);
    if (last && last.hit === segment.hit) last.text += segment.text;
    else joined.push({ ...segment });
  }
  return joined;
}
