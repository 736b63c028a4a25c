import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../support/build-site';
import { siteDifferences } from '../support/build-output';

// The texts are rendered once and kept in the build cache (src/lib/content/rendered-texts.ts); their glossary
// links come from the glossary, not from their files. A spelling taken out of a term's list, the site built again
// with the same cache, must no longer be linked in the texts, as in a build from nothing.
const ROOT = join(import.meta.dirname, '..', '..');
const HUBEI = 'hubei-2020-05-sink-into-enterprises';
const LINK = '<a href="/en/glossary/#term-shukun" class="term">Out of Difficulty</a>';
let dir = '';
let content = '';
let first = '';
let rebuild = '';
let fromNothing = '';

function build(name: string, cache: string): string {
  const dist = join(dir, name);
  builtSite(dist, { DIGEST_CONTENT_DIR: content, DIGEST_CACHE_DIR: join(dir, cache), DIGEST_AS_OF: '2026-12-01' }, `the ${name} build`);
  return dist;
}

const hubeiPage = (dist: string) => readFileSync(join(dist, 'en', 'bulletins', HUBEI, 'index.html'), 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'digest-glossary-'));
  content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  first = build('first', 'cache');
  const glossary = join(content, 'glossary.yaml');
  const text = readFileSync(glossary, 'utf8');
  const spellings = 'matchEn: [relieving difficulties, Out of Difficulty]';
  if (!text.includes(spellings)) throw new Error(`${glossary} no longer lists "${spellings}"; pick another spelling to take out`);
  writeFileSync(glossary, text.replace(spellings, 'matchEn: [relieving difficulties]'));
  rebuild = build('rebuild', 'cache');
  fromNothing = build('from-nothing', 'empty-cache');
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a rebuild after the glossary changes', () => {
  it('renders the texts again: the spelling taken out of the glossary is linked before, and not after', () => {
    expect(hubeiPage(first)).toContain(LINK);
    expect(hubeiPage(rebuild)).not.toContain(LINK);
    expect(hubeiPage(rebuild)).toContain('Helping Enterprises Out of Difficulty');
  });

  it('makes the same site, file for file, as a build from nothing', () => {
    expect(siteDifferences(rebuild, fromNothing)).toEqual([]);
  });
});
