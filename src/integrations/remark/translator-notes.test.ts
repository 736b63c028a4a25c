import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { remarkTranslatorNotes } from './translator-notes';

const processor = await createMarkdownProcessor({ gfm: false, remarkPlugins: [remarkGfm, remarkTranslatorNotes] });
const render = async (lang: string, markdown: string, folder = 'content/bulletins/x-2020-01-a') =>
  (await processor.render(markdown, { fileURL: new URL(`file:///site/${folder}/${lang}.md`) })).code;

const TEXT = 'Brought 32 enterprises into the statistics[^statistics-inclusion] and more[^paid].\n\n[^statistics-inclusion]: The published English has "integration".\n\n[^paid]: The published English has "paid and collected".\n';

describe('remarkTranslatorNotes()', () => {
  it('numbers each marker in order and links it to its note', async () => {
    const html = await render('en', TEXT);
    expect(html).toContain('<sup class="note-marker" data-pagefind-ignore=""><a href="#note-statistics-inclusion" id="note-marker-statistics-inclusion" class="note-marker__link" aria-label="Translator’s note 1">1</a></sup>');
    expect(html).toContain('aria-label="Translator’s note 2">2</a>');
  });

  it('lists the notes at the end under a heading in the text\'s language, each with a link back', async () => {
    const html = await render('zh', TEXT);
    expect(html).toMatch(/<section class="notes" aria-labelledby="notes"><h3 id="notes">译注<\/h3>\s*<ol>\s*<li id="note-statistics-inclusion">/);
    expect(html).toContain('<a href="#note-marker-paid" class="notes__back" aria-label="返回正文译注2处" data-pagefind-ignore="">↩</a>');
    expect(html.indexOf('note-statistics-inclusion"')).toBeLessThan(html.indexOf('<li id="note-paid"'));
  });

  it("leaves GFM's own footnote section out, so no English label shows on a Chinese page", async () => {
    const html = await render('zh', TEXT);
    expect(html).not.toContain('data-footnotes');
    expect(html).not.toContain('Footnotes');
  });

  it('leaves files that are not a bulletin text to GFM', async () => {
    expect(await render('notes', TEXT)).toContain('data-footnotes');
  });
});
