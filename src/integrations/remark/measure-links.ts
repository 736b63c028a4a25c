import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { bulletinTextOf } from '../../lib/content/content-file';
import { MEASURE_ANCHOR } from '../../lib/content/schema/ids';
import { useTranslations } from '../../i18n';

/**
 * Remark plugin: each measure heading ends with a "Copy link" control, a plain
 * link to its anchor that the page's script turns into a copy button for the
 * measure's short link. Written as raw HTML so that it stays out of the
 * heading's text (Astro leaves raw HTML out of the headings list) and
 * `data-pagefind-ignore` keeps it out of the search index.
 */
export function remarkMeasureLinks() {
  return (tree: Root, file: VFile) => {
    const text = bulletinTextOf(file.path ?? '');
    if (!text) return;
    const t = useTranslations(text.lang);
    visit(tree, 'heading', (heading: Heading) => {
      const id = heading.data?.hProperties?.['id'];
      if (typeof id !== 'string' || !MEASURE_ANCHOR.test(id)) return;
      heading.children.push({
        type: 'html',
        value: `<a class="measure-link" href="#${id}" data-copy-anchor="${id}" data-pagefind-ignore aria-label="${t('copy.measureLabel')}">${t('copy.link')}</a>`,
      });
    });
  };
}
