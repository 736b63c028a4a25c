import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../i18n/locales';
import { bulletinFolders, readText } from '../../../../tests/support/content-files';
import { bulletinTextSchema } from './text';

function problems(input: unknown): string[] {
  const result = bulletinTextSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const cases = bulletinFolders().flatMap((folder) => LANGS.map((lang) => [folder, lang] as const));

describe('bulletinTextSchema', () => {
  it.each(cases)('accepts the real front matter of %s/%s.md', (folder, lang) => {
    expect(problems(readText(folder, lang).frontmatter)).toEqual([]);
  });

  it('says a title of the wrong type is not text, rather than missing', () => {
    expect(problems({ title: 42, summary: 'A summary long enough to count as a real one-paragraph digest.' })).toEqual([
      'title: title must be text, not 42: put it in quotes',
    ]);
  });

  it('rejects a text without a title', () => {
    expect(problems({ summary: 'A summary long enough to count as a real one-paragraph digest.' })).toEqual([
      'title: missing title: add `title:` with the headline in this language',
    ]);
  });

  it('rejects a summary of two paragraphs', () => {
    const summary = 'First paragraph of a digest that is long enough.\n\nSecond paragraph.';
    expect(problems({ title: 'T', summary })).toEqual(['summary: the summary must be one paragraph: remove the blank line']);
  });

  it('sends shared facts to facts.yaml', () => {
    const text = { title: 'T', summary: 'A summary long enough to count as a real one-paragraph digest.', date: '2020-05-27' };
    expect(problems(text)).toEqual([expect.stringContaining('shared facts go in facts.yaml')]);
  });
});
