import { addressWithRegion, filteredHeading, type HeadingTemplates, inRegion, pagerHref, regionFromSearch, shownText } from '../lib/digest/region-filter';

/** Shows the measures of `region` in each topic group, hiding empty groups; returns how many distinct measures show. */
function showRegion(page: HTMLElement, region: string): number {
  // A measure with several topics is listed under each; count it once.
  const shown = new Set<string>();
  for (const group of page.querySelectorAll<HTMLElement>('[data-topic]')) {
    let inGroup = 0;
    for (const item of group.querySelectorAll<HTMLElement>('[data-regions]')) {
      const match = inRegion(item.dataset['regions'] ?? '', region);
      item.hidden = !match;
      if (match) {
        inGroup += 1;
        shown.add(item.dataset['measure'] ?? '');
      }
    }
    group.hidden = inGroup === 0;
    const count = page.querySelector(`[data-topic-count="${group.dataset['topic']}"]`);
    if (count) count.textContent = String(inGroup);
    count?.parentElement?.toggleAttribute('hidden', inGroup === 0);
  }
  return shown.size;
}

/** Keeps the choice in the address and in the links to the other pages of the list. */
function rememberRegion(page: HTMLElement, region: string): void {
  const url = addressWithRegion(location.href, region);
  history.replaceState(history.state, '', url);
  for (const link of page.querySelectorAll<HTMLAnchorElement>('.pager a')) link.setAttribute('href', pagerHref(link.href, url.search));
}

/** Says in the heading and the tab's title which region the list shows, and how many measures. */
function retitle(page: HTMLElement, select: HTMLSelectElement, shown: number, built: { title: string; count: string; tab: string }): void {
  const { titleIn, countOne, countMany } = page.dataset;
  const templates: HeadingTemplates = { inPlace: titleIn ?? '', one: countOne ?? '', many: countMany ?? '' };
  // The options indent places under their province with ideographic spaces.
  const place = select.value ? (select.selectedOptions[0]?.textContent ?? '').replace(/^\u3000+/, '') : null;
  const heading = filteredHeading(templates, place, shown);
  page.querySelector('[data-measures-title]')!.textContent = heading?.title ?? built.title;
  page.querySelector('[data-measures-total]')!.textContent = heading?.count ?? built.count;
  document.title = heading ? built.tab.replace(built.title, heading.title) : built.tab;
}

/**
 * Filters the measures page by region (a region includes the places within it).
 * Without JavaScript the form stays hidden and every measure shows.
 */
export function attachMeasuresFilter(page: HTMLElement): void {
  const form = page.querySelector<HTMLElement>('[data-measures-filter]');
  const select = form?.querySelector('select');
  if (!form || !select) return;
  const built = {
    title: page.querySelector('[data-measures-title]')?.textContent ?? '',
    count: page.querySelector('[data-measures-total]')?.textContent ?? '',
    tab: document.title,
  };
  const apply = () => {
    const shown = showRegion(page, select.value);
    retitle(page, select, shown, built);
    page.querySelector('[data-measures-count]')!.textContent = shownText(page.dataset['shownText'] ?? '', shown);
    rememberRegion(page, select.value);
  };
  const initial = regionFromSearch(location.search, [...select.options].map((option) => option.value));
  if (initial) select.value = initial;
  form.hidden = false;
  select.addEventListener('change', apply);
  apply();
}
