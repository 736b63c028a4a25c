import { describe, expect, it } from 'vitest';
import { htmlBlocks } from './compare-blocks';

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
