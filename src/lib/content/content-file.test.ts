import { describe, expect, it } from 'vitest';
import { bulletinFileOf, bulletinTextOf, siblingFile } from './content-file';

describe('bulletinFileOf()', () => {
  it('reads the bulletin id from the folder and the stem from the file name', () => {
    expect(bulletinFileOf('content/bulletins/hubei-2020-05-sink-into-enterprises/facts.yaml')).toEqual({ bulletinId: 'hubei-2020-05-sink-into-enterprises', stem: 'facts' });
  });

  it('works on an absolute path as a remark plugin sees it', () => {
    expect(bulletinFileOf('/site/content/bulletins/deqing-2024-06-project-landing/zh.md')).toEqual({ bulletinId: 'deqing-2024-06-project-landing', stem: 'zh' });
  });
});

describe('bulletinTextOf()', () => {
  it('gives the bulletin and the language of a text', () => {
    expect(bulletinTextOf('content/bulletins/dezhou-2020-08-construction-upgrading/en.md')).toEqual({ bulletinId: 'dezhou-2020-08-construction-upgrading', lang: 'en' });
  });

  it('is null for a file that is not a text in a language of the site', () => {
    expect(bulletinTextOf('content/bulletins/dezhou-2020-08-construction-upgrading/fr.md')).toBeNull();
    expect(bulletinTextOf('content/bulletins/dezhou-2020-08-construction-upgrading/facts.yaml')).toBeNull();
    expect(bulletinTextOf('content/bulletins/dezhou-2020-08-construction-upgrading/en.yaml')).toBeNull();
    expect(bulletinTextOf('en.md')).toBeNull();
  });
});

describe('siblingFile()', () => {
  it('names another file in the same bulletin folder', () => {
    expect(siblingFile('content/bulletins/x-2020-01-a/en.md', 'facts.yaml')).toBe('content/bulletins/x-2020-01-a/facts.yaml');
  });
});
