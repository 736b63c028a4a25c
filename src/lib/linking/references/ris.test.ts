import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../../tests/support/bulletins';
import { bulletinReference } from './reference';
import { risRecord } from './ris';

// An RIS reader of its own (Citation.js's), to read back what the site writes, and its list of the 2011 specification's tags.
const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as { Cite: new (input: string) => { data: Record<string, unknown>[] } };
require('@citation-js/plugin-ris');
const SPEC_2011: { source: string | string[] }[] = require('@citation-js/plugin-ris/lib/spec/new.json');

const SITE = new URL('https://policy-digest.example.org');
const recordOf = (id: string, lang: 'en' | 'zh') => risRecord(bulletinReference(realBulletin(id), lang, SITE));

describe('risRecord()', () => {
  const record = recordOf('hubei-2020-05-sink-into-enterprises', 'en');
  const lines = record.split('\r\n');

  it('is one record of tagged lines ended by CRLF, from TY to ER', () => {
    expect(record.endsWith('\r\n')).toBe(true);
    expect(record.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.at(0)).toBe('TY  - NEWS');
    expect(lines.at(-2)).toBe('ER  - ');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
  });

  it('uses only the tags of the 2011 specification', () => {
    const known = new Set([...SPEC_2011.flatMap((entry) => entry.source), 'TY', 'ER']);
    const tags = lines.slice(0, -1).map((line) => line.slice(0, 2));
    expect(tags.filter((tag) => !known.has(tag))).toEqual([]);
  });

  it('reads back as the bulletin: a newspaper article with its title, year, outlet, language and address', () => {
    const [item] = new Cite(record).data;
    // For a news report the 2011 specification gives the year in PY and the full date in DA, which this reader leaves aside.
    expect(lines).toContain('PY  - 2020');
    expect(lines).toContain('DA  - 2020/05/27/');
    expect(item).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'China Construction Network',
      issued: { 'date-parts': [[2020]] },
      language: 'en',
      URL: 'https://policy-digest.example.org/en/bulletins/hubei-2020-05-sink-into-enterprises/',
    });
    expect(item!['title']).toMatch(/^Hubei’s Housing and Urban-Rural Development System/);
    expect(item!['note']).toBe('Translated by Construction Policy Digest. Original title: 湖北省住建系统扎实开展第一轮“下沉企业、助企纾困”活动');
  });

  it('notes nothing of a translation on an original', () => {
    expect(recordOf('hubei-2020-05-sink-into-enterprises', 'zh')).not.toContain('N1  - ');
    expect(recordOf('dezhou-2020-08-construction-upgrading', 'zh').split('\r\n')).toContain('N1  - 建筑业政策摘编译。');
  });

  it('keeps the authority as one name, with no comma to split it at', () => {
    expect(lines).toContain('AU  - Department of Housing and Urban-Rural Development of Hubei Province');
    expect(recordOf('deqing-2024-06-project-landing', 'zh').split('\r\n')).toContain('AU  - [德庆县投资促进局]');
  });

  it('writes a month without a day with its empty day part', () => {
    expect(recordOf('dezhou-2020-08-construction-upgrading', 'en').split('\r\n')).toContain('DA  - 2020/08//');
  });
});
