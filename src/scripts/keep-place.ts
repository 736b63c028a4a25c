/** The parts of a URL that say where a reader is on a page. */
interface Place {
  search: string;
  hash: string;
}

/**
 * Points a link to the same page in another language at the reader's place: the
 * query (a search, a region filter) and the anchor (a measure) carry over, since
 * they mean the same in both languages. A link with a query of its own keeps it.
 */
export function keepPlace(link: Place, here: Place): void {
  if (!link.search) link.search = here.search;
  link.hash = here.hash;
}
