import type { Dictionary, UIKey } from './schema';

export type Translate = (key: UIKey, values?: Record<string, string | number>) => string;

/**
 * Makes `t(key, values)` for one dictionary. `{name}` placeholders are filled
 * from values; a placeholder without a value is an error, not a silent gap.
 */
export function createTranslator(dictionary: Dictionary): Translate {
  return (key, values = {}) =>
    dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`UI string "${key}" needs a value for {${name}}`);
      return String(values[name]);
    });
}
