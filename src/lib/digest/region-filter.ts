/**
 * The measures page's filter by region. Each listed measure carries its region
 * and every region containing it (`dezhou shandong`), so choosing a province
 * also shows the measures of its cities.
 */

/** Whether a measure listed with `places` shows while `region` is chosen; '' chooses every region. */
export function inRegion(places: string, region: string): boolean {
  return region === '' || places.split(' ').includes(region);
}

/** Whether a measure whose provisions have `statuses` (`lapsed ongoing`) shows while `status` is chosen; '' chooses any. */
export const hasStatus: (statuses: string, status: string) => boolean = inRegion;

/** The choice an address asks for in `?region=` (or another filter's parameter), if the filter offers it; a stale link shows all. */
export function regionFromSearch(search: string, offered: readonly string[], param = 'region'): string | null {
  const region = new URLSearchParams(search).get(param);
  return region && offered.includes(region) ? region : null;
}

/** The address with the chosen region in `?region=` (or another parameter), so a reload or a shared link keeps it; all needs none. */
export function addressWithRegion(href: string, region: string, param = 'region'): URL {
  const url = new URL(href);
  if (region) url.searchParams.set(param, region);
  else url.searchParams.delete(param);
  return url;
}

/** A link to another page of the list carrying this page's query, so the chosen region stays chosen there. */
export function pagerHref(linkHref: string, search: string): string {
  return `${new URL(linkHref).pathname}${search}`;
}

/** The line counting the measures shown, from its translated templates: one for a single measure, one with a `{count}` slot. */
export function shownText(template: string, count: number, one = template): string {
  return count === 1 ? one.replace('{count}', '1') : template.replace('{count}', String(count));
}

/** The page's own words for its heading, written into it at build time. */
export interface HeadingTemplates {
  /** "Policy measures from {place}" */
  inPlace: string;
  /** "1 measure" */
  one: string;
  /** "{count} measures" */
  many: string;
}

/**
 * The heading of the measures page for a region chosen in its filter: a filtered view
 * says so, and its count is the count of what shows. With no region, null: the page
 * keeps the heading and the count of all measures it was built with.
 */
export function filteredHeading(templates: HeadingTemplates, place: string | null, shown: number): { title: string; count: string } | null {
  if (!place) return null;
  return {
    title: templates.inPlace.replace('{place}', place),
    count: shown === 1 ? templates.one : templates.many.replace('{count}', String(shown)),
  };
}
