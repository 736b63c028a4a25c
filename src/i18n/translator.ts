import type { Lang } from './locales';
import { formatNumber } from './numbers';
import type { Dictionary, UIKey } from './schema';

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

/**
 * Makes `t(key, values)` for one language's dictionary. `{name}` placeholders are filled
 * from values; a placeholder without a value is an error, not a silent gap. Numbers are
 * counts, written as the language writes them ("6,783 bulletins", "6783 篇"); a number that
 * names something (a year) is passed as text.
 */
export function createTranslator(dictionary: Dictionary, lang: Lang): Translate {
  return (key, values = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`UI string "${key}" needs a value for {${name}}`);
      const value = values[name]!;
      return typeof value === 'number' ? formatNumber(value, lang) : value;
    });
}
