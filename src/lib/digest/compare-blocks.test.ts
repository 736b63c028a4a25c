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
});
