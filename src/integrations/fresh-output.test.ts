import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freshOutput } from './fresh-output';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the integration's setup hook as Astro would, for `command` with the given folders; returns what it asked to change in Astro's config. */
function setUp(command: 'build' | 'dev', root: string, outDir: string): object[] {
  const hook = freshOutput().hooks['astro:config:setup'] as unknown as (options: object) => void;
  const updates: object[] = [];
  const cacheDir = pathToFileURL(`${join(root, 'node_modules', '.astro')}/`);
  hook({ command, config: { root: pathToFileURL(`${root}/`), outDir: pathToFileURL(`${outDir}/`), cacheDir }, updateConfig: (update: object) => updates.push(update) });
  return updates;
}

function project(): { root: string; page: string } {
  const root = mkdtempSync(join(tmpdir(), 'fresh-output-'));
  dirs.push(root);
  mkdirSync(join(root, 'dist', 'en'), { recursive: true });
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'page.astro'), 'the source');
  const page = join(root, 'dist', 'en', 'index.html');
  writeFileSync(page, 'the previous build');
  return { root, page };
}

describe('freshOutput', () => {
  it('removes the previous build before a build', () => {
    const { root, page } = project();
    setUp('build', root, join(root, 'dist'));
    expect(existsSync(page)).toBe(false);
    expect(existsSync(join(root, 'src', 'page.astro'))).toBe(true);
  });

  it('asks Astro to leave the output folder as it finds it, the pages handed back in it', () => {
    const { root } = project();
    expect(setUp('build', root, join(root, 'dist'))).toEqual([{ vite: { build: { emptyOutDir: false } } }]);
  });

  it('leaves the output alone for the dev server', () => {
    const { root, page } = project();
    setUp('dev', root, join(root, 'dist'));
    expect(existsSync(page)).toBe(true);
  });

  it('refuses an output folder that holds the project', () => {
    const { root } = project();
    expect(() => setUp('build', root, root)).toThrow(/contains the project/);
    expect(() => setUp('build', root, join(root, '..'))).toThrow(/contains the project/);
    expect(existsSync(join(root, 'src', 'page.astro'))).toBe(true);
  });
});
