import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkGlossaryAgainstTexts, loadGlossary, parseGlossary, termForms } from './glossary';
import { glossaryLanguageOrder } from '../digest/glossary-order';
import { remarkGlossaryLinks } from '../../integrations/remark/glossary-links';
import type { GlossaryTerm } from './schema/glossary';
import { BULLETINS_DIR } from '../../../tests/support/content-files';

const term = (over: Partial<GlossaryTerm> = {}): GlossaryTerm => ({
  id: 'wailianzhan',
  zh: '外联站',
  en: 'Liaison Station',
  explanation: { en: 'A station.', zh: '联络站。' },
  bulletins: ['shandong-x'],
  ...over,
});

/** The glossary entries as written, read without the program's own loader or checks. */
interface GlossaryEntry {
  id: string;
  zh: string;
  en: string;
  matchEn?: string[];
  bulletins: string[];
}

const contentFile = (...path: string[]) => readFileSync(join(BULLETINS_DIR, '..', ...path), 'utf8');

describe('the real glossary', () => {
  it('is valid, and each term occurs where it says', () => {
    // Loading validates the file, and throws on an invalid entry.
    expect(loadGlossary().length).toBeGreaterThan(10);
    const entries = load(contentFile('glossary.yaml')) as GlossaryEntry[];
    expect(entries.length).toBeGreaterThan(10);
    const text = (id: string, lang: string) => contentFile('bulletins', id, `${lang}.md`);
    for (const entry of entries) {
      expect(entry.bulletins.length, entry.id).toBeGreaterThan(0);
      for (const id of entry.bulletins) expect(text(id, 'zh'), `${entry.id}: "${entry.zh}" in ${id}/zh.md`).toContain(entry.zh);
      // An empty matchEn says the English only paraphrases the term: there is nothing to find.
      if (entry.matchEn?.length === 0) continue;
      const forms = [entry.en, ...(entry.matchEn ?? [])];
      const found = entry.bulletins.filter((id) => forms.some((form) => text(id, 'en').includes(form)));
      expect(found.length, `${entry.id}: "${forms.join('" or "')}" in the en.md of ${entry.bulletins.join(', ')}`).toBeGreaterThan(0);
    }
  });
});

describe('parseGlossary()', () => {
  it('names the file, the entry and the field of a bad entry', () => {
    const { problems } = parseGlossary('- id: Bad Id\n  zh: 外联站\n  en: x\n  explanation: { en: a }\n  bulletins: [b]\n', 'content/glossary.yaml');
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['content/glossary.yaml 0.id', 'content/glossary.yaml 0.explanation.zh']);
  });

  it('refuses a term entered twice', () => {
    const yaml = '- { id: a, zh: 外联站, en: x, explanation: { en: e, zh: z }, bulletins: [b] }\n- { id: b, zh: 外联站, en: y, explanation: { en: e, zh: z }, bulletins: [b] }\n';
    expect(parseGlossary(yaml, 'g').problems).toEqual([{ file: 'g', field: '1.zh', problem: '"外联站" is also entry 0', fix: 'give each term one entry' }]);
  });

  it('reports malformed YAML instead of throwing', () => {
    expect(parseGlossary('- id: [unclosed', 'g').problems[0]).toMatchObject({ file: 'g', field: '(file)', problem: expect.stringMatching(/^not valid YAML/) });
  });
});

describe('checkGlossaryAgainstTexts()', () => {
  const texts = new Map([['shandong-x', { zh: '由省建筑企业外出施工联络服务站（以下简称“外联站”）', en: 'the Liaison Station for Shandong enterprises' }]]);

  it('accepts a term found in the texts it lists', () => {
    expect(checkGlossaryAgainstTexts([term()], texts, 'g')).toEqual([]);
  });

  it('reports a term missing from a listed text, and an unknown bulletin', () => {
    const problems = checkGlossaryAgainstTexts([term({ zh: '外联处', bulletins: ['shandong-x', 'nowhere'] })], texts, 'g');
    expect(problems.map((p) => p.problem)).toEqual(['"外联处" does not occur in shandong-x/zh.md', 'term "wailianzhan" lists bulletin "nowhere", which does not exist']);
  });

  it('does not look for an English form when the English only paraphrases (matchEn: [])', () => {
    expect(checkGlossaryAgainstTexts([term({ en: 'not in the text', matchEn: [] })], texts, 'g')).toEqual([]);
    expect(checkGlossaryAgainstTexts([term({ en: 'not in the text' })], texts, 'g')[0]?.field).toBe('0.en');
  });
});

describe('termForms()', () => {
  it('gives the Chinese term, or the English rendering with its other spellings', () => {
    expect(termForms(term(), 'zh')).toEqual(['外联站']);
    expect(termForms(term({ matchEn: ['liaison station'] }), 'en')).toEqual(['Liaison Station', 'liaison station']);
    expect(termForms(term({ matchEn: [] }), 'en')).toEqual([]);
  });
});

describe('glossaryLanguageOrder()', () => {
  it('sorts by pinyin on the Chinese site and by the English rendering (quotes aside) on the English one', () => {
    const terms = [term({ id: 'z', zh: '走出去', en: 'going out' }), term({ id: 'd', zh: '店小二', en: '"shop-assistant" service' }), term({ id: 'b', zh: '保姆式', en: 'mother-like' })];
    expect(glossaryLanguageOrder(terms, 'zh').map((t) => t.zh)).toEqual(['保姆式', '店小二', '走出去']);
    expect(glossaryLanguageOrder(terms, 'en').map((t) => t.en)).toEqual(['going out', 'mother-like', '"shop-assistant" service']);
  });
});

describe('remarkGlossaryLinks()', () => {
  const run = (markdownTree: Root, path: string, terms: GlossaryTerm[]) => {
    remarkGlossaryLinks({ glossary: () => terms })(markdownTree, new VFile({ path }));
    return JSON.stringify(markdownTree);
  };
  const paragraph = (value: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });

  it('links the first occurrence of a term in a text of a bulletin that uses it, to its entry in that language', () => {
    const out = run(paragraph('简称“外联站”。外联站负责联络。'), 'content/bulletins/shandong-x/zh.md', [term()]);
    expect(out).toContain('"url":"/zh/glossary/#term-wailianzhan"');
    expect(out.match(/"type":"link"/g)).toHaveLength(1);
  });

  it('links a whole English word, with its ending, and not inside a longer word', () => {
    const interview = term({ id: 'yuetan', zh: '约谈', en: 'interview', bulletins: ['zj'] });
    expect(run(paragraph('The Department interviewed three cities.'), 'content/bulletins/zj/en.md', [interview])).toContain('"value":"interviewed"');
    expect(run(paragraph('Its interviewers met.'), 'content/bulletins/zj/en.md', [interview])).not.toContain('"type":"link"');
  });

  it('leaves texts of other bulletins, headings where the body has the term, and other files alone', () => {
    expect(run(paragraph('外联站'), 'content/bulletins/other/zh.md', [term()])).not.toContain('"type":"link"');
    const tree: Root = { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: '外联站' }] }, { type: 'paragraph', children: [{ type: 'text', value: '外联站' }] }] };
    const out = JSON.parse(run(tree, 'content/bulletins/shandong-x/zh.md', [term()])) as Root;
    expect(JSON.stringify(out.children[0])).not.toContain('link');
    expect(JSON.stringify(out.children[1])).toContain('link');
    expect(run(paragraph('外联站'), 'content/notes.md', [term()])).not.toContain('"type":"link"');
  });
});
