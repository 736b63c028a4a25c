import { parseFrontmatter } from '@astrojs/markdown-remark';

/**
 * A text's body is its file without the front matter, trimmed (as Astro's loader makes it), so a
 * position the Markdown parse gives is a line of the body, not of the file. A
 * message names the line of the file, the one an editor finds in the editor.
 */

/** The line of the file (1-based) that the body, the file's last part trimmed, begins on. */
export function bodyLineIn(source: string, body: string): number {
  const end = source.trimEnd();
  const text = body.trimEnd();
  if (!end.endsWith(text)) throw new Error('the body is not the end of its file: was the file changed while the build read it?');
  return end.slice(0, end.length - text.length).split('\n').length;
}

/** A Markdown file's body as Astro's glob loader makes it: the file without its front matter, trimmed. */
export function bodyOf(source: string): string {
  return parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content.trim();
}
