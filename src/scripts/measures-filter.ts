import { addressWithRegion, filteredHeading, hasStatus, type HeadingTemplates, inRegion, pagerHref, regionFromSearch, shownText } from '../lib/digest/region-filter';

interface Choice {
  region: string;
  status: string;
}

/** Shows the measures of the chosen region and status in each topic group, hiding empty groups; returns how many distinct measures show. */
function showChosen(page: HTMLElement, choice: Choice): number {
  // A measure with several topics is listed under each; count it once.
  const shown = new Set<string>();
  for (const group of page.querySelectorAll<HTMLElement>('[data-topic]')) {
    let inGroup = 0;
    for (const item of group.querySelectorAll<HTMLElement>('[data-measure]')) {
      const match = inRegion(item.dataset['regions'] ?? '', choice.region) && hasStatus(item.dataset['statuses'] ?? '', choice.status);
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
function rememberChoice(page: HTMLElement, choice: Choice): void {
  const url = addressWithRegion(addressWithRegion(location.href, choice.region).href, choice.status, 'status');
  history.replaceState(history.state, '', url);
  for (const link of page.querySelectorAll<HTMLAnchorElement>('.pager a')) link.setAttribute('href', pagerHref(link.href, url.search));
}

/** Says in the heading and the tab's title which region the list shows, and how many measures. */
function retitle(page: HTMLElement, select: HTMLSelectElement, shown: number, built: { title: string; count: string; tab: string }): void {
  const title = page.querySelector('[data-measures-title]');
  const total = page.querySelector('[data-measures-total]');
  if (!title || !total) return;
  const { titleIn, countOne, countMany } = page.dataset;
  const templates: HeadingTemplates = { inPlace: titleIn ?? '', one: countOne ?? '', many: countMany ?? '' };
  // The options indent places under their province with ideographic spaces.
  const place = select.value ? (select.selectedOptions[0]?.textContent ?? '').replace(/^\u3000+/, '') : null;
  const heading = filteredHeading(templates, place, shown);
  title.textContent = heading?.title ?? built.title;
  total.textContent = heading?.count ?? built.count;
  document.title = heading ? built.tab.replace(built.title, heading.title) : built.tab;
}

/** Sets a select to the choice the address asks for, where it offers it. */
function choose(select: HTMLSelectElement | null, param: string): void {
  const initial = select && regionFromSearch(location.search, [...select.options].map((option) => option.value), param);
  if (select && initial) select.value = initial;
}

/**
 * Filters a list of measures by region (a region includes the places within it) and by
 * status; a page may offer either or both. Without JavaScript the form is not shown
 * (browse.css) and every measure shows. A choice made before this runs is applied when it does.
 */
export function attachMeasuresFilter(page: HTMLElement): void {
  const form = page.querySelector<HTMLElement>('[data-measures-filter]');
  const region = form?.querySelector<HTMLSelectElement>('select[name="region"]') ?? null;
  const status = form?.querySelector<HTMLSelectElement>('select[name="status"]') ?? null;
  if (!form || (!region && !status)) return;
  const built = {
    title: page.querySelector('[data-measures-title]')?.textContent ?? '',
    count: page.querySelector('[data-measures-total]')?.textContent ?? '',
    tab: document.title,
  };
  const apply = () => {
    const choice = { region: region?.value ?? '', status: status?.value ?? '' };
    const shown = showChosen(page, choice);
    if (region) retitle(page, region, shown, built);
    page.querySelector('[data-measures-count]')!.textContent = shownText(page.dataset['shownText'] ?? '', shown, page.dataset['shownOne']);
    rememberChoice(page, choice);
  };
  choose(region, 'region');
  choose(status, 'status');
  region?.addEventListener('change', apply);
  status?.addEventListener('change', apply);
  apply();
}
