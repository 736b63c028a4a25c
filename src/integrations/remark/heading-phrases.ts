import type { Heading, Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { bulletinTextOf } from '../../lib/content/content-file';
import { headingNames } from '../../lib/content/heading-names';
import { chineseWords } from '../../lib/vocabulary/phrases';

/**
 * Remark plugin: in a Chinese text, a <wbr> between the words of each heading, so that
 * with `word-break: keep-all` (base.css) a long heading wraps between words only.
 * English runs inside the heading (marked by the language-runs plugin) are left alone.
 */
export function remarkHeadingPhrases() {
  return (tree: Root, file: VFile) => {
    if (bulletinTextOf(file.path ?? '')?.lang !== 'zh') return;
    const names = headingNames();
    visit(tree, 'heading', (heading: Heading) => {
      visit(heading, 'text', (node: Text, index, parent: Parent | undefined) => {
        if (!parent || index === undefined || (parent.type as string) === 'languageRun') return;
        const words = chineseWords(node.value, names);
        if (words.length < 2) return;
        const nodes = words.flatMap((word, i) => (i === 0 ? [] : [{ type: 'wordBreak', data: { hName: 'wbr' } }]).concat([{ type: 'text', value: word } as never]));
        parent.children.splice(index, 1, ...(nodes as Parent['children']));
        return [SKIP, index + nodes.length];
      });
      return SKIP;
    });
  };
}
