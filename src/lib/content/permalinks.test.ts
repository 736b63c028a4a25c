import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { realBulletin, realBulletins } from '../../../tests/support/bulletins';
import { checkPublishedPermalinks, parsePublishedPermalinks, permalinkTargets, PUBLISHED_PERMALINKS_FILE, shortLinksOf } from './permalinks';

const FILE = join(import.meta.dirname, '..', '..', '..', 'content', PUBLISHED_PERMALINKS_FILE);

describe('the published list', () => {
  const { entries, problems } = parsePublishedPermalinks(readFileSync(FILE, 'utf8'), FILE);

  it('is well-formed', () => {
    expect(problems).toEqual([]);
  });

  it('lists every bulletin\'s short link: publish a new bulletin\'s code by adding it', () => {
    const listed = new Set(entries.map((e) => e.code));
    const unlisted = realBulletins().filter((b) => !listed.has(b.facts.permalink)).map((b) => `${b.facts.permalink} ${b.id}`);
    expect(unlisted, `add these lines to content/${PUBLISHED_PERMALINKS_FILE}`).toEqual([]);
  });

  it('has every code still opening a bulletin', () => {
    expect(checkPublishedPermalinks(entries, realBulletins(), FILE)).toEqual([]);
  });
});

describe('parsePublishedPermalinks()', () => {
  it('reads code and id per line, skipping comments and blank lines', () => {
    const { entries, problems } = parsePublishedPermalinks('# heading\n\nhb-2020-05 hubei-x  # note\nsd-2021-03-2 shandong-y\n', 'f');
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { code: 'hb-2020-05', id: 'hubei-x', line: 3 },
      { code: 'sd-2021-03-2', id: 'shandong-y', line: 4 },
    ]);
  });

  it('reports a malformed line with its number instead of skipping it', () => {
    const { entries, problems } = parsePublishedPermalinks('hb-2020-05\nHB/2020 x\nhb-2020-05 a b\n', 'list.txt');
    expect(entries).toEqual([]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['list.txt line 1', 'list.txt line 2', 'list.txt line 3']);
  });
});

describe('checkPublishedPermalinks()', () => {
  const hubei = realBulletin('hubei-2020-05-sink-into-enterprises');

  it('names the file, the line and the fix when a published code opens nothing', () => {
    const renamed = { ...hubei, facts: { ...hubei.facts, permalink: 'hb-2020-05-2' } };
    const problems = checkPublishedPermalinks([{ code: 'hb-2020-05', id: hubei.id, line: 7 }], [renamed], 'content/published-permalinks.txt');
    expect(problems).toEqual([
      {
        file: 'content/published-permalinks.txt',
        field: 'line 7',
        problem: 'the published short link /b/hb-2020-05/ no longer opens any bulletin',
        fix: `add "hb-2020-05" to formerPermalinks in content/bulletins/${hubei.id}/facts.yaml (or in the facts.yaml of the bulletin that replaced it)`,
      },
    ]);
  });

  it('accepts a former code kept in formerPermalinks', () => {
    const renamed = { ...hubei, facts: { ...hubei.facts, permalink: 'hb-2020-05-2', formerPermalinks: ['hb-2020-05'] } };
    expect(checkPublishedPermalinks([{ code: 'hb-2020-05', id: hubei.id, line: 1 }], [renamed], 'f')).toEqual([]);
    expect([...permalinkTargets([renamed]).keys()]).toEqual(['hb-2020-05-2', 'hb-2020-05']);
  });
});

describe('shortLinksOf()', () => {
  it('lists every code that opens a bulletin, its former codes too, each with the bulletin it opens', () => {
    const hubei = realBulletin('hubei-2020-05-sink-into-enterprises');
    const dezhou = realBulletin('dezhou-2020-08-construction-upgrading');
    const renamed = { ...hubei, facts: { ...hubei.facts, permalink: 'hb-2020-05-2', formerPermalinks: ['hb-2020-05'] } };
    expect(shortLinksOf([renamed, dezhou])).toEqual([
      { code: 'hb-2020-05-2', id: 'hubei-2020-05-sink-into-enterprises' },
      { code: 'hb-2020-05', id: 'hubei-2020-05-sink-into-enterprises' },
      { code: 'dz-2020-08', id: 'dezhou-2020-08-construction-upgrading' },
    ]);
  });
});
