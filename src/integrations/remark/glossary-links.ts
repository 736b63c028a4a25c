import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Lang } from '../../i18n/locales';
import { bulletinTextOf } from '../../lib/content/content-file';
import { loadGlossary, termForms } from '../../lib/content/glossary';
import { glossaryTermPath } from '../../lib/linking/paths';
import type { GlossaryTerm } from '../../lib/content/schema/glossary';

/** English endings a term may take in running text: "interview" links in "interviewed". */
const ENDING = /^(s|es|d|ed|ing)?(?![A-Za-z])/;

/**
 * Where a form occurs as a whole word, and how long the match is: Chinese
 * anywhere; English not inside a longer word, with a plural or verb ending.
 */
function find(text: string, form: string, lang: Lang): { at: number; length: number } | null {
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
    if (lang === 'zh') return { at, length: form.length };
    if (/[A-Za-z]/.test(text[at - 1] ?? ' ')) continue;
    const ending = ENDING.exec(text.slice(at + form.length));
    if (ending) return { at, length: form.length + (ending[1]?.length ?? 0) };
  }
  return null;
}

/**
 * Links the first occurrence of one term; true when it found one. Existing
 * links are left alone, and so are headings unless `inHeadings` (a term that
 * only a heading uses is still linked, from there).
 */
function linkFirst(parent: Parent, forms: string[], lang: Lang, url: string, inHeadings: boolean): boolean {
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index] as RootContent;
    if (node.type === 'link' || node.type === 'linkReference' || (node.type === 'heading' && !inHeadings)) continue;
    if (node.type === 'text') {
      for (const form of forms) {
        const found = find(node.value, form, lang);
        if (!found) continue;
        const { at, length } = found;
        const link: Link = { type: 'link', url, children: [{ type: 'text', value: node.value.slice(at, at + length) }], data: { hProperties: { className: ['term'] } } };
        const pieces: RootContent[] = [
          ...(at > 0 ? [{ type: 'text', value: node.value.slice(0, at) } as Text] : []),
          link,
          ...(at + length < node.value.length ? [{ type: 'text', value: node.value.slice(at + length) } as Text] : []),
        ];
        parent.children.splice(index, 1, ...(pieces as Parent['children']));
        return true;
      }
    } else if ('children' in node && linkFirst(node as Parent, forms, lang, url, inHeadings)) {
      return true;
    }
  }
  return false;
}

/**
 * Remark plugin: in a bulletin text, the first occurrence of each glossary term
 * the glossary lists for that bulletin links to its entry, so a reader who
 * stumbles over 外联站 or "one enterprise, one account" finds what it means.
 */
export function remarkGlossaryLinks(options: { glossary?: () => GlossaryTerm[]; digest?: string } = {}) {
  // `digest` is not read: the markdown integration passes a hash of the glossary and of the
  // remark plugins' source, so that a change to either changes the config, which makes Astro
  // re-render the (cached) bulletin texts.
  const glossary = options.glossary ?? loadGlossary;
  return (tree: Root, file: VFile) => {
    const text = bulletinTextOf(file.path ?? '');
    if (!text) return;
    const terms = glossary().filter((term) => term.bulletins.includes(text.bulletinId));
    // Longer forms first, so 施工总承包特级资质 is linked before anything inside it could be.
    const byLength = terms
      .map((term) => ({ term, forms: termForms(term, text.lang).sort((a, b) => b.length - a.length) }))
      .filter(({ forms }) => forms.length > 0)
      .sort((a, b) => b.forms[0]!.length - a.forms[0]!.length);
    for (const { term, forms } of byLength) {
      const url = glossaryTermPath(text.lang, term.id);
      if (!linkFirst(tree, forms, text.lang, url, false)) linkFirst(tree, forms, text.lang, url, true);
    }
  };
}
