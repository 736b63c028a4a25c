import { describe, expect, it } from 'vitest';
import type { TextFile } from './bulletin';
import { problemList } from './content-error';
import { checkMeasureAnchors, checkMeasureList } from './measure-checks';
import type { BulletinFacts } from './schema/facts';

const FACTS = 'content/bulletins/x-2020-01-a/facts.yaml';
const text = (body: string): TextFile => ({ file: 'content/bulletins/x-2020-01-a/zh.md', data: { title: '标题', summary: '摘要' }, body, bodyLine: 1 });

/** What checkMeasureAnchors reports for a body against the listed measures, as "field: problem". */
function anchorProblems(body: string, measureIds: string[]): string[] {
  const { problems, report } = problemList();
  checkMeasureAnchors(text(body), measureIds, FACTS, 'zh', report);
  return problems.map((p) => `${p.field}: ${p.problem}`);
}

describe('checkMeasureList()', () => {
  it('reports a measure listed twice, once', () => {
    const { problems, report } = problemList();
    const ids = ['measure-1', 'measure-2', 'measure-1', 'measure-1'];
    checkMeasureList({ measures: ids.map((id) => ({ id, topics: ['financing'] })) } as unknown as BulletinFacts, FACTS, report);
    expect(problems.map((p) => p.problem)).toEqual(['measure "measure-1" is listed twice']);
  });
});

describe('checkMeasureAnchors()', () => {
  it('accepts a text whose headings carry the listed anchors in order', () => {
    expect(anchorProblems('## 一、甲 {#measure-1}\n\n正文。\n\n## 二、乙 {#measure-2}\n', ['measure-1', 'measure-2'])).toEqual([]);
  });

  it('names a heading without an anchor by its line', () => {
    expect(anchorProblems('## 一、甲 {#measure-1}\n\n## 附件\n', ['measure-1'])).toEqual(['line 3: heading "附件" has no anchor']);
  });

  it('counts that line from the top of the file, front matter included', () => {
    const { problems, report } = problemList();
    checkMeasureAnchors({ ...text('## 一、甲 {#measure-1}\n\n## 附件\n'), bodyLine: 6 }, ['measure-1'], FACTS, 'zh', report);
    expect(problems.map((p) => p.field)).toEqual(['line 8']);
  });

  it('names an anchor the facts do not list, and a listed measure the text lacks', () => {
    expect(anchorProblems('## 一、甲 {#measure-3}\n', ['measure-1'])).toEqual([
      'anchor #measure-3: anchor "measure-3" is in zh.md but not in the measures of facts.yaml',
      'anchor #measure-1: measure "measure-1" is listed in facts.yaml but has no heading in zh.md',
    ]);
  });

  it('refuses anchors in another order than the facts list them', () => {
    expect(anchorProblems('## 乙 {#measure-2}\n\n## 甲 {#measure-1}\n', ['measure-1', 'measure-2'])).toEqual(["measures (order): the headings' anchors come in the order measure-2, measure-1"]);
  });
});
