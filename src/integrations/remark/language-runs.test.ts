import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { remarkHeadingPhrases } from './heading-phrases';
import { remarkLanguageRuns } from './language-runs';

const processor = await createMarkdownProcessor({ gfm: false, remarkPlugins: [remarkGfm, remarkLanguageRuns, remarkHeadingPhrases] });
const render = async (lang: string, markdown: string) =>
  (await processor.render(markdown, { fileURL: new URL(`file:///site/content/bulletins/x-2020-01-a/${lang}.md`) })).code;

describe('remarkLanguageRuns()', () => {
  it('marks Chinese quoted in an English text with its language', async () => {
    expect(await render('en', 'The Chinese has 5000多万, “more than 50 million”.')).toBe('<p>The Chinese has <span lang="zh-CN">5000多万</span>, “more than 50 million”.</p>');
  });

  it('marks an English phrase quoted in a Chinese text', async () => {
    expect(await render('zh', '英文译本作“the year’s task”。')).toBe('<p>英文译本作“<span lang="en">the year’s task</span>”。</p>');
  });

  it('leaves files that are not bulletin texts alone', async () => {
    const html = (await processor.render('The Chinese has 5000多万.', { fileURL: new URL('file:///site/README.md') })).code;
    expect(html).toBe('<p>The Chinese has 5000多万.</p>');
  });
});

describe('remarkHeadingPhrases()', () => {
  it('puts a word break between the words of a Chinese heading, none inside 企业', async () => {
    const html = await render('zh', '## 二是精准纾困解难\n\n### 服务企业发展');
    expect(html).toContain('<h3 id="服务企业发展">服务<wbr>企业<wbr>发展</h3>');
  });

  it('keeps a glossary term whole and the punctuation with the word before it', async () => {
    const html = await render('zh', '## 开展下沉企业，精准纾困');
    expect(html).toContain('开展<wbr>下沉企业，<wbr>精准<wbr>纾困</h2>');
  });

  it('leaves English headings as they are', async () => {
    expect(await render('en', '## Going down to enterprises')).toBe('<h2 id="going-down-to-enterprises">Going down to enterprises</h2>');
  });
});
