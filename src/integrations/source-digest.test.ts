import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceClosure, sourceDigest } from './source-digest';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A plugin importing a module that imports a word list and a dictionary, beside a file nothing imports. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'source-digest-'));
  dirs.push(root);
  mkdirSync(join(root, 'remark'));
  mkdirSync(join(root, 'lib', 'i18n'), { recursive: true });
  writeFileSync(join(root, 'remark', 'plugin.ts'), "import type { Root } from 'mdast';\nimport { words } from '../lib/words';\nexport const plugin = words;\n");
  writeFileSync(join(root, 'lib', 'words.ts'), "import { NAMES } from './names.ts';\nimport { t } from './i18n';\nexport const words = [NAMES, t];\n");
  writeFileSync(join(root, 'lib', 'names.ts'), "export const NAMES = ['德庆县'];\n");
  writeFileSync(join(root, 'lib', 'i18n', 'index.ts'), "import zh from './zh.json';\nexport const t = zh;\n");
  writeFileSync(join(root, 'lib', 'i18n', 'zh.json'), '{"title": "政策"}');
  writeFileSync(join(root, 'lib', 'unused.ts'), 'export const unused = 1;\n');
  return root;
}

describe('sourceClosure()', () => {
  it('follows relative imports however deep, with or without an extension, into folders and JSON files', () => {
    const root = project();
    const files = sourceClosure([join(root, 'remark', 'plugin.ts')]).map((file) => file.slice(root.length + 1));
    expect(files).toEqual(['lib/i18n/index.ts', 'lib/i18n/zh.json', 'lib/names.ts', 'lib/words.ts', 'remark/plugin.ts']);
  });
});

describe('sourceDigest()', () => {
  it('changes when a module two imports away from the plugin changes', () => {
    const root = project();
    const plugin = join(root, 'remark', 'plugin.ts');
    const before = sourceDigest([plugin]);
    writeFileSync(join(root, 'lib', 'names.ts'), "export const NAMES = ['德庆县', '肇庆市'];\n");
    expect(sourceDigest([plugin])).not.toBe(before);
  });

  it('changes when a dictionary the plugin reaches changes, or when the extra input does', () => {
    const root = project();
    const plugin = join(root, 'remark', 'plugin.ts');
    const before = sourceDigest([plugin], 'glossary v1');
    expect(sourceDigest([plugin], 'glossary v2')).not.toBe(before);
    writeFileSync(join(root, 'lib', 'i18n', 'zh.json'), '{"title": "政策摘编"}');
    expect(sourceDigest([plugin], 'glossary v1')).not.toBe(before);
  });

  it('stays the same when only a file the plugin does not import changes', () => {
    const root = project();
    const plugin = join(root, 'remark', 'plugin.ts');
    const before = sourceDigest([plugin]);
    writeFileSync(join(root, 'lib', 'unused.ts'), 'export const unused = 2;\n');
    expect(sourceDigest([plugin])).toBe(before);
  });
});
