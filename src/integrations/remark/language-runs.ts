import type { Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { HTML_LANG } from '../../i18n/locales';
import { bulletinTextOf } from '../../lib/content/content-file';
import { languageRuns } from '../../lib/vocabulary/language-runs';

/**
 * Remark plugin: Chinese quoted in an English text, and English phrases quoted in a
 * Chinese one, become spans with their own `lang`, so the browser sets each in its
 * own face and punctuation (base.css chooses the face by language). Runs last, after
 * the plugins that add links and notes, so their text is marked too.
 */
export function remarkLanguageRuns() {
  return (tree: Root, file: VFile) => {
    const text = bulletinTextOf(file.path ?? '');
    if (!text) return;
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const runs = languageRuns(node.value, text.lang);
      if (runs.length === 1 && !runs[0]!.lang) return;
      const nodes = runs.map((run) =>
        run.lang
          ? ({ type: 'languageRun', data: { hName: 'span', hProperties: { lang: HTML_LANG[run.lang] } }, children: [{ type: 'text', value: run.text }] } as unknown as Text)
          : ({ type: 'text', value: run.text } as Text),
      );
      parent.children.splice(index, 1, ...(nodes as Parent['children']));
      return [SKIP, index + nodes.length];
    });
  };
}
