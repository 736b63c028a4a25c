import { describe, expect, it } from 'vitest';
import { bulletinFolders, readFacts, readText } from '../../../tests/support/content-files';
import { assembleBulletins } from './assemble-bulletins';
import type { CheckedTexts } from './checked-texts';
import type { FactsFile, TextFile } from './bulletin';
import { ContentError } from './content-error';
import { bulletinFactsSchema } from './schema/facts';
import { bulletinTextSchema } from './schema/text';

const BASE = 'content/bulletins';

/** One real bulletin's three files, parsed as the collection parses them. */
function filesOf(folder: string, as = folder): { facts: FactsFile[]; texts: TextFile[] } {
  const text = (lang: string): TextFile => {
    const { frontmatter, body, bodyLine } = readText(folder, lang);
    return { file: `${BASE}/${as}/${lang}.md`, data: bulletinTextSchema.parse(frontmatter), body, bodyLine };
  };
  return {
    facts: [{ file: `${BASE}/${as}/facts.yaml`, data: bulletinFactsSchema.parse(readFacts(folder)) }],
    texts: [text('en'), text('zh')],
  };
}

/** The problems a ContentError reports, as "file | field | problem | fix". */
function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((p) => [p.file, p.field, p.problem, p.fix].join(' | '));
    throw error;
  }
  return [];
}

const HUBEI = 'hubei-2020-05-sink-into-enterprises';

describe('assembleBulletins()', () => {
  it('joins every real bulletin with its two texts, newest first', () => {
    const all = bulletinFolders().map((folder) => filesOf(folder));
    const { bulletins } = assembleBulletins(all.flatMap((f) => f.facts), all.flatMap((f) => f.texts));
    expect(bulletins.map((b) => b.id)).toEqual([
      'deqing-2024-06-project-landing',
      'shandong-2021-03-out-of-province-liaison',
      'zhejiang-2020-10-industrialisation-interviews',
      'dezhou-2020-08-construction-upgrading',
      'hubei-2020-05-sink-into-enterprises',
    ]);
    expect(bulletins[0]!.texts.zh.entryId).toBe(`${BASE}/deqing-2024-06-project-landing/zh.md`);
  });

  it('fails on a missing translation, naming the file to add', () => {
    const { facts, texts } = filesOf(HUBEI);
    expect(problemsOf(() => assembleBulletins(facts, texts.slice(0, 1)))).toEqual([
      `${BASE}/${HUBEI}/zh.md | (file) | missing translation: bulletin "${HUBEI}" has no zh.md | add zh.md with title, summary and the full text in that language`,
    ]);
  });

  it('fails on texts without facts', () => {
    const { texts } = filesOf(HUBEI);
    expect(problemsOf(() => assembleBulletins([], texts))).toEqual([expect.stringMatching(new RegExp(`^${BASE}/${HUBEI}/facts\\.yaml \\| \\(file\\) \\| bulletin "${HUBEI}" has texts but no facts\\.yaml`))]);
  });

  it('fails on a duplicate id: two facts files in one bulletin folder', () => {
    const { facts, texts } = filesOf(HUBEI);
    const copy = { ...facts[0]!, file: `${BASE}/${HUBEI}/facts.yml` };
    expect(problemsOf(() => assembleBulletins([...facts, copy], texts))).toEqual([
      `${BASE}/${HUBEI}/facts.yml | (file) | duplicate id: bulletin "${HUBEI}" is also defined by ${BASE}/${HUBEI}/facts.yaml | keep one facts file per bulletin folder`,
    ]);
  });

  it('fails on the same bulletin entered twice under two ids', () => {
    const first = filesOf(HUBEI);
    const second = filesOf(HUBEI, 'hubei-2020-05-copy');
    const problems = problemsOf(() => assembleBulletins([...first.facts, ...second.facts], [...first.texts, ...second.texts]));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/hubei-2020-05-copy\/en\.md \| title \| duplicate bulletin: "hubei-2020-05-sink-into-enterprises" has the same en title/);
    // …and the copy carries the same short code.
    expect(problems[2]).toMatch(/hubei-2020-05-copy\/facts\.yaml \| permalink \| short code "hb-2020-05" is already used by "hubei-2020-05-sink-into-enterprises" \| choose another code, e\.g\. "hb-2020-05-2"/);
  });

  it('fails on a chart that mixes units, naming the figure', () => {
    const { facts, texts } = filesOf(HUBEI);
    const data = structuredClone(facts[0]!.data);
    // The pre-sale ratio comes after the problems chart's figures: the chart is in problems, the ratio in percent.
    const ratio = data.figures.findIndex((f) => f.id === 'huangshi-presale-guarantee-ratio');
    expect(ratio).toBeGreaterThan(data.figures.findIndex((f) => f.chart === 'problems'));
    data.figures[ratio]!.chart = 'problems';
    facts[0] = { ...facts[0]!, data };
    expect(problemsOf(() => assembleBulletins(facts, texts))).toEqual([
      `${BASE}/${HUBEI}/facts.yaml | figures.${ratio}.chart | figure "huangshi-presale-guarantee-ratio" is in percent but chart "problems" draws problems | put only figures of one unit in a chart, or give this figure its own chart`,
    ]);
  });

  it('fails on two bulletins with the same short code, current or former', () => {
    const hubei = filesOf(HUBEI);
    const other = filesOf('shandong-2021-03-out-of-province-liaison');
    other.facts[0] = { ...other.facts[0]!, data: { ...other.facts[0]!.data, formerPermalinks: ['hb-2020-05'] } };
    expect(problemsOf(() => assembleBulletins([...hubei.facts, ...other.facts], [...hubei.texts, ...other.texts]))).toEqual([
      expect.stringMatching(/shandong-2021-03-out-of-province-liaison\/facts\.yaml \| permalink \| short code "hb-2020-05" is already used by "hubei-2020-05-sink-into-enterprises"/),
    ]);
  });

  it('fails on a measure anchor present in one language only', () => {
    const { facts, texts } = filesOf(HUBEI);
    texts[1] = { ...texts[1]!, body: texts[1]!.body.replace('{#measure-3}', '{#measure-33}') };
    expect(problemsOf(() => assembleBulletins(facts, texts))).toEqual([
      `${BASE}/${HUBEI}/zh.md | anchor #measure-33 | anchor "measure-33" is in zh.md but not in the measures of facts.yaml | add { id: measure-33, topics: [...] } to measures in ${BASE}/${HUBEI}/facts.yaml, or correct the anchor`,
      `${BASE}/${HUBEI}/zh.md | anchor #measure-3 | measure "measure-3" is listed in facts.yaml but has no heading in zh.md | end the measure's heading in zh.md with {#measure-3}`,
    ]);
  });

  it('fails on a heading without an anchor, giving its line in the file', () => {
    const { facts, texts } = filesOf(HUBEI);
    texts[0] = { ...texts[0]!, body: `${texts[0]!.body}\n## Postscript\n` };
    texts[1] = { ...texts[1]!, body: `${texts[1]!.body}\n## 后记\n` };
    const line = texts[0]!.bodyLine + texts[0]!.body.split('\n').indexOf('## Postscript');
    expect(problemsOf(() => assembleBulletins(facts, texts))).toEqual([
      `${BASE}/${HUBEI}/en.md | line ${line} | heading "Postscript" has no anchor | end the heading with its measure anchor, e.g. {#measure-2}`,
      expect.stringContaining(`${BASE}/${HUBEI}/zh.md | line `),
    ]);
  });

  it('fails when the texts do not pair paragraph by paragraph, naming the first unpaired block', () => {
    const { facts, texts } = filesOf(HUBEI);
    // Two paragraphs of the Chinese text run together: from there on the blocks no longer pair.
    const zh = texts[1]!.body;
    const firstBreak = zh.indexOf('\n\n', zh.indexOf('\n\n') + 2);
    texts[1] = { ...texts[1]!, body: `${zh.slice(0, firstBreak)}\n${zh.slice(firstBreak + 2)}` };
    expect(problemsOf(() => assembleBulletins(facts, texts))).toEqual([
      expect.stringMatching(new RegExp(`^${BASE}/${HUBEI}/zh\\.md \\| block \\d+ \\| the texts do not pair paragraph by paragraph: en\\.md has a \\w+ at body line \\d+, zh\\.md has a \\w+ at body line \\d+ \\| write the translation block for block`)),
    ]);
  });

  it('fails on measures in a different order from facts.yaml', () => {
    const { facts, texts } = filesOf(HUBEI);
    const body = texts[0]!.body.replace('{#measure-1}', '{#measure-X}').replace('{#measure-2}', '{#measure-1}').replace('{#measure-X}', '{#measure-2}');
    texts[0] = { ...texts[0]!, body };
    expect(problemsOf(() => assembleBulletins(facts, texts))).toEqual([
      expect.stringMatching(/en\.md \| measures \(order\) \| .*measure-2, measure-1, .* \| order them as facts\.yaml lists them: measure-1, measure-2,/),
    ]);
  });

  it('fails on a figure that points at a measure that does not exist', () => {
    const { facts, texts } = filesOf(HUBEI);
    facts[0]!.data.figures[0] = { ...facts[0]!.data.figures[0]!, measure: 'measure-9' };
    expect(problemsOf(() => assembleBulletins(facts, texts))).toEqual([
      expect.stringMatching(/facts\.yaml \| figures\.0\.measure \| figure "service-teams" points at "measure-9", which is not among the measures \| use one of measure-1, /),
    ]);
  });

  it('fails on a card naming a figure that does not exist, listing the figures there are', () => {
    const { facts, texts } = filesOf(HUBEI);
    const provision = facts[0]!.data.measures[0]!.card.provisions[0]!;
    provision.figures = [...provision.figures, 'service-team'];
    expect(problemsOf(() => assembleBulletins(facts, texts))).toEqual([
      expect.stringMatching(/facts\.yaml \| measures\.0\.card\.provisions\.0\.figures\.\d \| figure "service-team" is not among the key figures \| use one of service-teams, /),
    ]);
  });

  it('fails on a card naming another measure\'s figure, and on a figure its own card leaves out', () => {
    const { facts, texts } = filesOf(HUBEI);
    const [first, second] = facts[0]!.data.measures;
    const teams = first!.card.provisions.find((p) => p.figures.includes('service-teams'))!;
    teams.figures = teams.figures.filter((id) => id !== 'service-teams');
    second!.card.provisions[0]!.figures = ['service-teams'];
    expect(problemsOf(() => assembleBulletins(facts, texts))).toEqual([
      expect.stringMatching(/facts\.yaml \| measures\.1\.card\.provisions\.0\.figures\.0 \| figure "service-teams" belongs to measure-1, not measure-2 \| name it on the card of measure-1/),
      expect.stringMatching(/facts\.yaml \| figures\.0 \| figure "service-teams" belongs to measure-1, but its card does not name it \| add service-teams to the figures/),
    ]);
  });

  it('fails on an id that does not start with its region and month', () => {
    const { facts, texts } = filesOf(HUBEI, 'hubei-2021-05-sink-into-enterprises');
    expect(problemsOf(() => assembleBulletins(facts, texts))).toEqual([
      expect.stringMatching(/\(folder name\) \| bulletin id "hubei-2021-05-sink-into-enterprises" does not fit its region and date \| rename the folder to "hubei-2020-05-<a-few-words>"/),
    ]);
  });

  it('fails on a text in a language the site does not have', () => {
    const { facts, texts } = filesOf(HUBEI);
    const french = { ...texts[0]!, file: `${BASE}/${HUBEI}/fr.md` };
    expect(problemsOf(() => assembleBulletins(facts, [...texts, french]))).toEqual([
      `${BASE}/${HUBEI}/fr.md | (file name) | "fr" is not a language of the site | name the file en.md or zh.md`,
    ]);
  });

  it('reports every problem at once, not just the first', () => {
    const { facts, texts } = filesOf(HUBEI, 'hubei-2021-05-sink-into-enterprises');
    expect(problemsOf(() => assembleBulletins(facts, texts.slice(1)))).toHaveLength(2);
  });

  describe('with the texts an earlier build found free of markup', () => {
    /** A list that knows the bodies given, and records what it is asked and told. */
    function list(known: string[]) {
      const asked: string[] = [];
      const added: string[] = [];
      const checked: CheckedTexts = { has: (body) => (asked.push(body), known.includes(body)), add: (body) => void added.push(body), save: () => undefined, counts: () => ({ known: 0, added: 0 }) };
      return { checked, asked, added };
    }

    it('checks only the texts it does not know, and records those found clean', () => {
      const { facts, texts } = filesOf(HUBEI);
      const { checked, asked, added } = list([texts[0]!.body]);
      assembleBulletins(facts, texts, { checked });
      expect(asked).toEqual([texts[0]!.body, texts[1]!.body]);
      expect(added).toEqual([texts[1]!.body]);
    });

    it('reports markup in a text it does not know, and does not record that text', () => {
      const { facts, texts } = filesOf(HUBEI);
      texts[1] = { ...texts[1]!, body: `${texts[1]!.body}\n<script>alert(1)</script>\n` };
      const { checked, added } = list([texts[0]!.body]);
      expect(problemsOf(() => assembleBulletins(facts, texts, { checked })).join('\n')).toContain('raw HTML (<script>)');
      expect(added).toEqual([]);
    });
  });
});

