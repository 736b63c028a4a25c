import type { UIKey } from '../../i18n/schema';

type Translate = (key: UIKey, params?: Record<string, string | number>) => string;

/**
 * The attributes of an element whose "Copy link" controls the copy script serves
 * (src/scripts/copy.ts): the link to copy, and what to say once it is copied or when
 * copying fails, in the page's language.
 */
export function copyRootAttributes(t: Translate, permalink: string): Record<string, string> {
  return {
    'data-copy-root': '',
    'data-permalink': permalink,
    'data-copied': t('copy.copied'),
    'data-copied-announce': t('copy.copiedLink', { url: '{url}' }),
    'data-copy-fallback': t('copy.fallback'),
    'data-copy-fallback-label': t('copy.fallbackLabel'),
  };
}
