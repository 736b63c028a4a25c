import type { Heading, Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n';
import { remarkMeasureLinks } from './measure-links';

const heading = (id?: string): Heading => ({
  type: 'heading',
  depth: 3,
  children: [{ type: 'text', value: '二是精准纾困解难' }],
  ...(id ? { data: { hProperties: { id } } } : {}),
});

function run(path: string, ...headings: Heading[]): Heading[] {
  const tree: Root = { type: 'root', children: headings };
  remarkMeasureLinks()(tree, new VFile({ path }));
  return headings;
}

describe('remarkMeasureLinks()', () => {
  it('ends a measure heading with a copy-link control to its anchor, labelled in the text\'s language', () => {
    for (const lang of ['en', 'zh'] as const) {
      const [h] = run(`content/bulletins/x/${lang}.md`, heading('measure-2'));
      const control = h!.children.at(-1)!;
      expect(control.type).toBe('html');
      const html = (control as { value: string }).value;
      expect(html).toContain('href="#measure-2"');
      expect(html).toContain('data-copy-anchor="measure-2"');
      expect(html).toContain('data-pagefind-ignore');
      expect(html).toContain(`>${useTranslations(lang)('copy.link')}</a>`);
    }
  });

  it('leaves other headings, and files that are not a language\'s text, as they are', () => {
    const [plain] = run('content/bulletins/x/en.md', heading('summary'));
    expect(plain!.children).toHaveLength(1);
    const [unknown] = run('content/bulletins/x/notes.md', heading('measure-1'));
    expect(unknown!.children).toHaveLength(1);
  });
});
