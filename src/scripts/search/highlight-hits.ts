import { hitRanges } from '../../lib/search/hit-ranges';
import { HIGHLIGHT_PARAM } from '../../lib/search/fields';

/**
 * On a page opened from a search result, marks the matched words in the text,
 * then takes them out of the address, so the URL a reader copies is the clean one.
 */
export function highlightHits(containers: Iterable<Element>): number {
  const params = new URLSearchParams(location.search);
  const words = params.getAll(HIGHLIGHT_PARAM);
  if (words.length === 0) return 0;
  const texts: Text[] = [];
  for (const container of containers) {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
  }
  let marked = 0;
  for (const node of texts) {
    const value = node.data;
    const ranges = hitRanges(value, words);
    // Walk backwards so earlier offsets stay valid while the node is split.
    for (const [start, end] of ranges.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      marked += 1;
    }
  }
  params.delete(HIGHLIGHT_PARAM);
  const query = params.size > 0 ? `?${params}` : '';
  history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  return marked;
}
