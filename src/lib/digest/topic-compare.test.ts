import { describe, expect, it } from 'vitest';
import { realBulletin, realBulletins } from '../../../tests/support/bulletins';
import { topicColumns } from './topic-compare';

describe('topicColumns()', () => {
  const all = realBulletins();

  it('gives a column to each province with a measure on the topic, a city under its province, and none to the others', () => {
    const columns = topicColumns(all, 'financing');
    expect(columns.map((c) => [c.province, c.entries.map((e) => e.bulletin.facts.region)])).toEqual([
      ['shandong', ['dezhou']],
      ['hubei', ['hubei']],
      ['guangdong', ['deqing']],
    ]);
  });

  it("lists only the measures on the topic, each once, under its own bulletin", () => {
    const [, hubei] = topicColumns(all, 'financing');
    expect(hubei!.entries[0]!.measures.map((m) => m.id)).toEqual(['measure-2']);
  });

  it("puts the province's own bulletin before its cities' and counties'", () => {
    const shandong = realBulletin('shandong-2021-03-out-of-province-liaison');
    const dezhou = realBulletin('dezhou-2020-08-construction-upgrading');
    const [column] = topicColumns([dezhou, shandong], 'enterprise-relief');
    expect(column!.entries.map((e) => e.bulletin.id)).toEqual([shandong.id, dezhou.id]);
  });

  it('shows the newest few bulletins of a column and counts the rest', () => {
    const hubei = realBulletin('hubei-2020-05-sink-into-enterprises');
    const copies = [1, 2, 3].map((n) => ({ ...hubei, id: `${hubei.id}-${n}` }));
    const [column] = topicColumns(copies, 'financing', 2);
    expect(column!.entries.map((e) => e.bulletin.id)).toEqual([`${hubei.id}-1`, `${hubei.id}-2`]);
    expect(column!.more).toBe(1);
  });
});
