import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/lib, each built only on those before it: the controlled
 * lists, then the content and its checks, then what the digest shows, then
 * addresses and what others read, then search. A module that reaches forward
 * (the vocabulary importing a bulletin, say) would tie the layers in a knot.
 */
const LAYERS = ['vocabulary', 'content', 'digest', 'linking', 'search'] as const;
const LIB = import.meta.dirname;
const SRC = dirname(LIB);

/** Every module of a layer (tests aside) with the files its relative imports name, relative to src/. */
function importsOf(layer: string): { module: string; target: string }[] {
  const dir = join(LIB, layer);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .flatMap((file) => {
      const path = join(dir, file);
      const specs = [...readFileSync(path, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]!);
      return specs.map((spec) => ({ module: relative(SRC, path), target: relative(SRC, resolve(dirname(path), spec)) }));
    });
}

describe('src/lib', () => {
  it('has only its layer folders and this test at its top', () => {
    const top = readdirSync(LIB).sort();
    expect(top).toEqual([...LAYERS, 'layers.test.ts'].sort());
  });

  it.each(LAYERS.map((layer, index) => [layer, index] as const))('keeps %s to the layers it builds on, to i18n, and to the content and cache folder settings', (layer, index) => {
    // The lockfile too, read whole: it says which parser the markup check ran (see load-bulletins.ts).
    const allowed = [...LAYERS.slice(0, index + 1).map((l) => `lib/${l}`), 'i18n', 'content-dir', 'cache-dir', '../package-lock.json?raw'];
    const within = (target: string, place: string) => target === place || target.startsWith(`${place}/`);
    const forward = importsOf(layer).filter(({ target }) => !allowed.some((place) => within(target, place)));
    expect(forward).toEqual([]);
  });
});
