import type { Link, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../lib/content/schema/glossary';
import { remarkGlossaryLinks } from './glossary-links';
import { glossaryTerm as term } from '../../../tests/support/glossary-term';

const ZH = 'content/bulletins/shandong-x/zh.md';
const EN = 'content/bulletins/shandong-x/en.md';

const paragraph = (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children });
const text = (value: string): PhrasingContent => ({ type: 'text', value });
const root = (...children: RootContent[]): Root => ({ type: 'root', children });

function run(tree: Root, path: string, terms: GlossaryTerm[]): Root {
  remarkGlossaryLinks({ glossary: () => terms })(tree, new VFile({ path }));
  return tree;
}

/** The links in a tree, as the text they wrap and where they lead. */
function linksIn(tree: Root | RootContent): { text: string; url: string }[] {
  const found: { text: string; url: string }[] = [];
  visit(tree, 'link', (link: Link) => {
    found.push({ text: link.children.map((c) => ('value' in c ? c.value : '')).join(''), url: link.url });
  });
  return found;
}

describe('remarkGlossaryLinks()', () => {
  it('links the first occurrence of a term in a text of a bulletin that uses it, to its entry in that language', () => {
    const tree = run(root(paragraph(text('简称“外联站”。外联站负责联络。'))), ZH, [term()]);
    expect(linksIn(tree)).toEqual([{ text: '外联站', url: '/zh/glossary/#term-wailianzhan' }]);
    // The text around the link stays as it was, in order.
    expect(tree.children[0]).toMatchObject({ children: [text('简称“'), { type: 'link' }, text('”。外联站负责联络。')] });
    const [english] = linksIn(run(root(paragraph(text('the Liaison Station in Beijing'))), EN, [term()]));
    expect(english).toEqual({ text: 'Liaison Station', url: '/en/glossary/#term-wailianzhan' });
  });

  it('marks the link as a term, for its style', () => {
    const tree = run(root(paragraph(text('外联站'))), ZH, [term()]);
    expect(tree.children[0]).toMatchObject({ children: [{ type: 'link', data: { hProperties: { className: ['term'] } } }] });
  });

  it('links a whole English word, with its ending, and not inside a longer word', () => {
    const interview = term({ id: 'yuetan', zh: '约谈', en: 'interview', bulletins: ['zj'] });
    expect(linksIn(run(root(paragraph(text('The Department interviewed three cities.'))), 'content/bulletins/zj/en.md', [interview]))).toEqual([
      { text: 'interviewed', url: '/en/glossary/#term-yuetan' },
    ]);
    expect(linksIn(run(root(paragraph(text('Its interviewers met.'))), 'content/bulletins/zj/en.md', [interview]))).toEqual([]);
    expect(linksIn(run(root(paragraph(text('Reinterview them.'))), 'content/bulletins/zj/en.md', [interview]))).toEqual([]);
  });

  it('finds an English term by its other spellings (matchEn), and links nothing when the English only paraphrases it (matchEn: [])', () => {
    const spelled = term({ matchEn: ['liaison station'] });
    expect(linksIn(run(root(paragraph(text('each liaison station'))), EN, [spelled]))).toEqual([{ text: 'liaison station', url: '/en/glossary/#term-wailianzhan' }]);
    expect(linksIn(run(root(paragraph(text('the Liaison Station'))), EN, [term({ matchEn: [] })]))).toEqual([]);
  });

  it('links the longer of two terms first, so the shorter one inside it links where it stands alone', () => {
    const whole = term({ id: 'tejizizhi-zongchengbao', zh: '施工总承包特级资质' });
    const part = term({ id: 'tejizizhi', zh: '特级资质' });
    const tree = run(root(paragraph(text('取得施工总承包特级资质的企业；特级资质另行认定。'))), ZH, [part, whole]);
    expect(linksIn(tree)).toEqual([
      { text: '施工总承包特级资质', url: '/zh/glossary/#term-tejizizhi-zongchengbao' },
      { text: '特级资质', url: '/zh/glossary/#term-tejizizhi' },
    ]);
  });

  it('leaves a link already in the text alone, and links the next occurrence', () => {
    const tree = run(root(paragraph({ type: 'link', url: 'https://example.org/', children: [text('外联站')] }, text('，即外联站。'))), ZH, [term()]);
    expect(linksIn(tree)).toEqual([
      { text: '外联站', url: 'https://example.org/' },
      { text: '外联站', url: '/zh/glossary/#term-wailianzhan' },
    ]);
  });

  it('links from the body where it has the term, and from a heading only where the body does not', () => {
    const heading = (value: string): RootContent => ({ type: 'heading', depth: 2, children: [text(value)] });
    const both = run(root(heading('外联站'), paragraph(text('外联站'))), ZH, [term()]);
    expect(linksIn(both.children[0]!)).toEqual([]);
    expect(linksIn(both.children[1]!)).toHaveLength(1);
    const headingOnly = run(root(heading('设立外联站'), paragraph(text('其他内容'))), ZH, [term()]);
    expect(linksIn(headingOnly.children[0]!)).toEqual([{ text: '外联站', url: '/zh/glossary/#term-wailianzhan' }]);
  });

  it('leaves texts of bulletins the term does not list, and files that are not a language\'s text, alone', () => {
    expect(linksIn(run(root(paragraph(text('外联站'))), 'content/bulletins/other/zh.md', [term()]))).toEqual([]);
    expect(linksIn(run(root(paragraph(text('外联站'))), 'content/bulletins/shandong-x/notes.md', [term()]))).toEqual([]);
    expect(linksIn(run(root(paragraph(text('外联站'))), 'content/notes.md', [term()]))).toEqual([]);
  });
});
