import { describe, expect, it } from 'vitest';
import { compareBlocks, compareRows, htmlBlocks } from './compare-blocks';

describe('htmlBlocks()', () => {
  it('splits rendered HTML into its top-level blocks, text between them dropped', () => {
    const html = '<p>One <a href="/x">link</a></p>\n<h3 id="measure-1">Two<a class="measure-link" href="#measure-1" data-copy-anchor="measure-1">Copy link</a></h3>\n<ul>\n<li>a</li>\n</ul>\n<table><tbody><tr><td>1</td></tr></tbody></table>';
    expect(htmlBlocks(html)).toEqual(['<p>One <a href="/x">link</a></p>', '<h3>Two</h3>', '<ul>\n<li>a</li>\n</ul>', '<table><tbody><tr><td>1</td></tr></tbody></table>']);
  });

  it('keeps the glossary links and drops every id, nested ones too', () => {
    expect(htmlBlocks('<p id="a">外联站 <a class="term" href="/zh/glossary/#term-x">外联站</a><span id="b">x</span></p>')).toEqual([
      '<p>外联站 <a class="term" href="/zh/glossary/#term-x">外联站</a><span>x</span></p>',
    ]);
  });

  it("gives the heading of the translator's notes and each note a block of their own, numbered, without the links whose targets are gone", () => {
    const html = '<p>入统<sup class="note-marker"><a href="#note-x" id="note-marker-x" class="note-marker__link" aria-label="译注1">1</a></sup>。</p>\n<section class="notes" aria-labelledby="notes"><h3 id="notes">译注</h3><ol><li id="note-x">说明。 <a href="#note-marker-x" class="notes__back" aria-label="返回">↩</a></li></ol></section>';
    expect(htmlBlocks(html)).toEqual(['<p>入统<sup class="note-marker">1</sup>。</p>', '<h3>译注</h3>', '<div class="notes__note"><span class="notes__number">1. </span>说明。 </div>']);
  });
});

describe('compareBlocks() anchors', () => {
  const link = (id: string) => `<a class="measure-link" href="#${id}" data-copy-anchor="${id}">Copy link</a>`;
  const notes = (heading: string, items: [string, string][]) =>
    `<section class="notes" aria-labelledby="notes"><h3 id="notes">${heading}</h3><ol>${items.map(([id, text]) => `<li id="note-${id}">${text} <a href="#note-marker-${id}" class="notes__back">↩</a></li>`).join('')}</ol></section>`;
  // The same bulletin in both languages, as the build renders it: an opening, measures and sub-measures, notes.
  const en = [
    '<p>To implement the spirit…</p>',
    '<p>The Department decided…</p>',
    `<h2 id="measure-1">First, set up teams${link('measure-1')}</h2>`,
    '<p>The Department set up a leading group.</p>',
    `<h3 id="measure-1-1">Within the province${link('measure-1-1')}</h3>`,
    '<p>Liaise with cities.</p>',
    '<ul><li>Wuhan</li><li>Yichang</li></ul>',
    `<h2 id="measure-2">Second, relieve difficulties${link('measure-2')}</h2>`,
    '<p>The teams accepted every problem<sup class="note-marker"><a href="#note-amount" id="note-marker-amount" class="note-marker__link">1</a></sup>.</p>',
    '<p>153 problems were collected.</p>',
    '<p>They are being assigned.</p>',
    notes("Translator's notes", [['amount', 'The Chinese gives no unit.'], ['liaison', 'Literally “contact”.']]),
  ].join('\n');
  const zh = [
    '<p>为深入贯彻落实……</p>',
    '<p>按照厅党组决定……</p>',
    `<h2 id="measure-1">一是成立工作专班${link('measure-1')}</h2>`,
    '<p>省厅成立活动领导小组。</p>',
    `<h3 id="measure-1-1">省内联系市地${link('measure-1-1')}</h3>`,
    '<p>联系各市。</p>',
    '<ul><li>武汉</li><li>宜昌</li></ul>',
    `<h2 id="measure-2">二是精准纾困解难${link('measure-2')}</h2>`,
    '<p>工作组全盘接收企业反映的困难<sup class="note-marker"><a href="#note-amount" id="note-marker-amount" class="note-marker__link">1</a></sup>。</p>',
    '<p>共收集问题153个。</p>',
    '<p>正在交办。</p>',
    notes('译注', [['amount', '原文未写单位。'], ['liaison', '字面意为“联系”。']]),
  ].join('\n');
  const anchors = (source: string) => compareBlocks(source).map((block) => block.anchor);
  const expected = [
    'intro-p1',
    'intro-p2',
    'measure-1',
    'measure-1-p1',
    'measure-1-1',
    'measure-1-1-p1',
    'measure-1-1-p2',
    'measure-2',
    'measure-2-p1',
    'measure-2-p2',
    'measure-2-p3',
    'notes',
    'notes-amount',
    'notes-liaison',
  ];

  it('names each block by its measure and its place in it, the notes by their ids', () => {
    expect(anchors(en)).toEqual(expected);
  });

  it('gives the Chinese text the same anchors as the English', () => {
    expect(anchors(zh)).toEqual(expected);
  });

  it('gives every block a different anchor', () => {
    expect(new Set(anchors(en)).size).toBe(compareBlocks(en).length);
  });

  it('keeps the anchors when the wording changes, and moves no other measure\'s when a paragraph is added', () => {
    expect(anchors(en.replace('153 problems were collected.', 'In all, 153 problems were collected and sorted.'))).toEqual(expected);
    const added = anchors(en.replace('<p>Liaise with cities.</p>', '<p>Liaise with cities.</p>\n<p>And with enterprises.</p>'));
    expect(added.filter((a) => a.startsWith('measure-2') || a.startsWith('notes') || a.startsWith('intro'))).toEqual(expected.filter((a) => a.startsWith('measure-2') || a.startsWith('notes') || a.startsWith('intro')));
    expect(added.slice(4, 8)).toEqual(['measure-1-1', 'measure-1-1-p1', 'measure-1-1-p2', 'measure-1-1-p3']);
  });

  it('starts a text without measures at intro-p1, and numbers notes without an id', () => {
    expect(anchors('<p>a</p><p>b</p><section class="notes"><h3>Notes</h3><ol><li>x</li></ol></section>')).toEqual(['intro-p1', 'intro-p2', 'notes', 'notes-1']);
  });

  it('counts a heading that is not a measure as a block of the measure it sits in', () => {
    expect(anchors('<h2 id="measure-1">One</h2><h3 id="background">Background</h3><p>x</p>')).toEqual(['measure-1', 'measure-1-p1', 'measure-1-p2']);
  });

  it('pairs each block of the source with the translation in the same place, under the source\'s anchor', () => {
    const rows = compareRows(zh, en);
    expect(rows.map((row) => row.anchor)).toEqual(expected);
    expect(rows[8]).toEqual({
      anchor: 'measure-2-p1',
      source: '<p>工作组全盘接收企业反映的困难<sup class="note-marker">1</sup>。</p>',
      target: '<p>The teams accepted every problem<sup class="note-marker">1</sup>.</p>',
    });
    expect(rows.at(-1)).toEqual({ anchor: 'notes-liaison', source: '<div class="notes__note"><span class="notes__number">2. </span>字面意为“联系”。 </div>', target: '<div class="notes__note"><span class="notes__number">2. </span>Literally “contact”. </div>' });
  });
});
