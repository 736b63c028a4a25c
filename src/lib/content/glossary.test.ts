import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkGlossaryAgainstTexts, loadGlossary, parseGlossary, termForms } from './glossary';
import { glossaryLanguageOrder } from '../digest/glossary-order';
import { BULLETINS_DIR } from '../../../tests/support/content-files';
import { glossaryTerm as term } from '../../../tests/support/glossary-term';

/** The glossary entries as written, read without the site's own loader or checks. */
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
