/**
 * Filters the measures page by region (a region includes the places within it).
 * Without JavaScript the form stays hidden and every measure shows. The choice is
 * kept in ?region=.
 */
export function attachMeasuresFilter(page: HTMLElement): void {
  const form = page.querySelector<HTMLElement>('[data-measures-filter]');
  const select = form?.querySelector('select');
  if (!form || !select) return;
  const apply = () => {
    const region = select.value;
    // A measure with several topics is listed under each; count it once.
    const shown = new Set<string>();
    for (const group of page.querySelectorAll<HTMLElement>('[data-topic]')) {
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLElement>('[data-regions]')) {
        const match = region === '' || (item.dataset['regions'] ?? '').split(' ').includes(region);
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
    page.querySelector('[data-measures-count]')!.textContent = (page.dataset['shownText'] ?? '').replace('{count}', String(shown.size));
    const url = new URL(location.href);
    if (region) url.searchParams.set('region', region);
    else url.searchParams.delete('region');
    history.replaceState(history.state, '', url);
    // The other pages of the list keep the chosen region.
    for (const link of page.querySelectorAll<HTMLAnchorElement>('.pager a')) {
      const target = new URL(link.href);
      link.setAttribute('href', `${target.pathname}${url.search}`);
    }
  };
  const initial = new URLSearchParams(location.search).get('region');
  if (initial && [...select.options].some((o) => o.value === initial)) select.value = initial;
  form.hidden = false;
  select.addEventListener('change', apply);
  apply();
}
