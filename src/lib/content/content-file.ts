import { isLang, type Lang } from '../../i18n/locales';

/**
 * A bulletin's files sit in its folder, `content/bulletins/<id>/`, and the folder
 * name is the bulletin's id: what a file belongs to is read from its path, here only.
 */

/** `…/<id>/<name>.<ext>` → the bulletin id (the folder) and the file's name without its extension. */
export function bulletinFileOf(path: string): { bulletinId: string; stem: string } {
  const parts = path.split('/');
  return { bulletinId: parts.at(-2) ?? '', stem: (parts.at(-1) ?? '').replace(/\.[^.]+$/, '') };
}

/** `…/<id>/<lang>.md` → the bulletin and the language of its text; null for any other file. */
export function bulletinTextOf(path: string): { bulletinId: string; lang: Lang } | null {
  if (!path.endsWith('.md')) return null;
  const { bulletinId, stem } = bulletinFileOf(path);
  return bulletinId !== '' && isLang(stem) ? { bulletinId, lang: stem } : null;
}

/** Another file of the same bulletin: `…/<id>/en.md` → `…/<id>/facts.yaml`. */
export function siblingFile(path: string, name: string): string {
  return path.replace(/[^/]+$/, name);
}
