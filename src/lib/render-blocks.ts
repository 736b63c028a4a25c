import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { type TextBlock, textBlocks } from './parallel-text';
import { remarkHeadingAnchors } from './remark-heading-anchors';

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Renders a text block by block, with the site's Markdown settings (GFM, anchors
 * taken out of headings), so the side-by-side view shows each paragraph as the
 * bulletin page does. Headings keep their own level (the view has no "Full text"
 * section to nest under); ids are dropped: the bulletin page owns the anchors.
 */
export async function renderBlocks(body: string): Promise<(TextBlock & { html: string })[]> {
  renderer ??= createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false, remarkPlugins: [remarkGfm, remarkHeadingAnchors] });
  const processor = await renderer;
  return Promise.all(
    textBlocks(body).map(async (block) => ({ ...block, html: (await processor.render(block.source)).code.replace(/ id="[^"]*"/g, '') })),
  );
}
