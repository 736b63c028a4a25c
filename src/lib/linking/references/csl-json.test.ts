import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { realBulletin } from '../../../../tests/support/bulletins';
import { cslItem } from './csl-json';
import { bulletinReference } from './reference';

// A CSL processor (citeproc-js, inside Citation.js) formats what the site writes, with a style it ships.
const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as { Cite: new (input: unknown) => { format(kind: string, options: object): string } };
require('@citation-js/plugin-csl');

const SITE = new URL('https://policy-digest.example.org');
const itemOf = (id: string, lang: 'en' | 'zh') => cslItem(bulletinReference(realBulletin(id), lang, SITE));
const apa = (item: unknown) => new Cite([item]).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' });

describe('cslItem()', () => {
  it('is a newspaper article with an institutional author, its date as date-parts and the fields CSL names', () => {
    expect(itemOf('hubei-2020-05-sink-into-enterprises', 'zh')).toEqual({
      id: 'hb-2020-05-zh',
      type: 'article-newspaper',
      title: '湖北省住建系统扎实开展第一轮“下沉企业、助企纾困”活动',
      author: [{ literal: '湖北省住房和城乡建设厅' }],
      issued: { 'date-parts': [[2020, 5, 27]] },
      'container-title': '中华建设网',
      language: 'zh-CN',
      abstract: expect.stringMatching(/^2020年4月，湖北省住建系统/),
      URL: 'https://policy-digest.example.org/zh/bulletins/hubei-2020-05-sink-into-enterprises/',
    });
  });

  it('is formatted by a CSL processor as the bulletin, the authority whole and not cut into initials', () => {
    const text = apa(itemOf('hubei-2020-05-sink-into-enterprises', 'en'));
    expect(text).toContain('Department of Housing and Urban-Rural Development of Hubei Province. (2020, May 27).');
    expect(text).toContain('China Construction Network');
    expect(text).toContain('https://policy-digest.example.org/en/bulletins/hubei-2020-05-sink-into-enterprises/');
  });

  it('marks an inferred month as approximate, and names the site as translator of its own translation', () => {
    const item = itemOf('dezhou-2020-08-construction-upgrading', 'zh');
    expect(item.issued).toEqual({ 'date-parts': [[2020, 8]], circa: true });
    expect(item.translator).toEqual([{ literal: '建筑业政策摘编' }]);
  });
});
