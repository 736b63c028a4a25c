import { describe, expect, it } from 'vitest';
import { readFacts } from '../../../tests/support/content-files';
import { realBulletins } from '../../../tests/support/bulletins';
import { allMeasures, bulletinsByTopic, bulletinsByYear, bulletinsIn, flattenRegionTree, measuresByTopic, measureTopics, REGION_PREVIEW, type RegionNode, regionPreview, regionTree, regionsWithBulletins } from './browse';
import { TOPIC_IDS } from '../vocabulary/topics';

const ALL = realBulletins();
const ids = (list: { id: string }[]) => list.map((b) => b.id);
/** Facts as written, to work out expectations without the code under test. */
const raw = (id: string) => readFacts(id) as { date: string; region: string; topics: string[]; measures: { id: string; topics: string[] }[] };

describe('bulletinsByYear()', () => {
  it('groups every bulletin under its year, newest year first', () => {
    const byYear = bulletinsByYear(ALL);
    expect([...byYear.keys()]).toEqual([...new Set(ALL.map((b) => Number(raw(b.id).date.slice(0, 4))))].sort((a, b) => b - a));
    for (const [year, list] of byYear) expect(ids(list)).toEqual(ALL.filter((b) => raw(b.id).date.startsWith(String(year))).map((b) => b.id));
    expect([...byYear.values()].flat()).toHaveLength(ALL.length);
  });
});

describe('bulletinsByTopic() and measuresByTopic()', () => {
  it('files a bulletin under its own topics and its measures\'', () => {
    for (const [topic, list] of bulletinsByTopic(ALL)) {
      const expected = ALL.filter((b) => raw(b.id).topics.includes(topic) || raw(b.id).measures.some((m) => m.topics.includes(topic)));
      expect(ids(list), topic).toEqual(ids(expected));
    }
  });

  it('lists under each topic exactly the measures that carry it, in the vocabulary\'s order of topics', () => {
    const groups = measuresByTopic(ALL);
    expect([...groups.keys()]).toEqual(TOPIC_IDS.filter((t) => groups.has(t)));
    for (const [topic, measures] of groups) {
      const expected = ALL.flatMap((b) => raw(b.id).measures.filter((m) => m.topics.includes(topic)).map((m) => `${b.id}#${m.id}`));
      expect(measures.map((m) => `${m.bulletin.id}#${m.id}`), topic).toEqual(expected);
    }
  });

  it('counts every measure of every bulletin once in allMeasures, with its heading in both languages', () => {
    const measures = allMeasures(ALL);
    expect(measures).toHaveLength(ALL.reduce((n, b) => n + raw(b.id).measures.length, 0));
    const hubei2 = measures.find((m) => m.bulletin.id === 'hubei-2020-05-sink-into-enterprises' && m.id === 'measure-2')!;
    expect(hubei2.titles).toEqual({ en: 'Second, relieve difficulties with precision and fulfil assistance responsibilities', zh: '二是精准纾困解难，落实帮扶责任' });
  });
});

describe('regionTree() and bulletinsIn()', () => {
  it('nests county in city in province, counting each place\'s bulletins with those within it', () => {
    const tree = regionTree(ALL);
    const guangdong = tree.find((n) => n.id === 'guangdong')!;
    expect(guangdong.own).toEqual([]);
    expect(guangdong.children.map((n) => n.id)).toEqual(['zhaoqing']);
    expect(guangdong.children[0]!.children.map((n) => n.id)).toEqual(['deqing']);
    expect(ids(guangdong.all)).toEqual(['deqing-2024-06-project-landing']);
    const shandong = tree.find((n) => n.id === 'shandong')!;
    expect(ids(shandong.own)).toEqual(['shandong-2021-03-out-of-province-liaison']);
    expect(ids(shandong.all).sort()).toEqual(['dezhou-2020-08-construction-upgrading', 'shandong-2021-03-out-of-province-liaison']);
  });

  it('lists only provinces that have bulletins, and every bulletin within some province', () => {
    const tree = regionTree(ALL);
    expect(tree.flatMap((n) => ids(n.all)).sort()).toEqual(ids(ALL).sort());
    expect(regionsWithBulletins(ALL)).toEqual(['shandong', 'dezhou', 'zhejiang', 'hubei', 'guangdong', 'zhaoqing', 'deqing']);
    expect(ids(bulletinsIn(ALL, 'zhaoqing'))).toEqual(['deqing-2024-06-project-landing']);
  });
});

describe('flattenRegionTree()', () => {
  it('lists each province, then the places within it, each with its depth', () => {
    const flat = flattenRegionTree(regionTree(ALL)).map(({ node, depth }) => `${depth} ${node.id}`);
    expect(flat).toEqual(['0 shandong', '1 dezhou', '0 zhejiang', '0 hubei', '0 guangdong', '1 zhaoqing', '2 deqing']);
  });
});

describe('regionPreview()', () => {
  const hubei = ALL.find((b) => raw(b.id).region === 'hubei')!;
  // Seven Hubei bulletins, newest first, beside the real ones.
  const many = Array.from({ length: REGION_PREVIEW + 4 }, (_, i) => ({ ...hubei, id: `hubei-copy-${i}` }));
  const tree = regionTree([...many, ...ALL.filter((b) => b !== hubei)]);
  const node = (id: string) => {
    const find = (nodes: RegionNode[]): RegionNode | undefined =>
      nodes.map((n) => (n.id === id ? n : find(n.children))).find((n) => n !== undefined);
    return find(tree)!;
  };

  it("names a place's newest bulletins up to the limit and counts the rest", () => {
    const preview = regionPreview(node('hubei'));
    expect(ids(preview.shown)).toEqual(ids(many.slice(0, REGION_PREVIEW)));
    expect(preview.more).toBe(4);
  });

  it('names every bulletin of a place that has no more than the limit', () => {
    const preview = regionPreview(node('dezhou'));
    expect(ids(preview.shown)).toEqual(ALL.filter((b) => raw(b.id).region === 'dezhou').map((b) => b.id));
    expect(preview.more).toBe(0);
  });

  it('names none for a place that issued none itself, whatever the places within it issued', () => {
    expect(regionPreview(node('zhaoqing'))).toEqual({ shown: [], more: 0 });
  });
});

describe('measureTopics()', () => {
  it('lists the topics some measure carries, in the vocabulary order, and not a topic only a bulletin names', () => {
    const all = realBulletins();
    const carried = new Set(all.flatMap((b) => b.facts.measures.flatMap((m) => m.topics)));
    expect(measureTopics(all)).toEqual(TOPIC_IDS.filter((topic) => carried.has(topic)));
    const onlyNamed = { facts: { ...all[0]!.facts, topics: ['pricing' as const], measures: [] } };
    expect(measureTopics([onlyNamed])).toEqual([]);
  });
});
