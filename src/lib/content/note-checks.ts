import type { Lang } from '../../i18n/locales';
import type { TextFile } from './bulletin';
import type { ReportProblem } from './content-error';
import { KEBAB_CASE } from './schema/ids';

/**
 * Translator's notes are written as Markdown footnotes: a marker `[^id]` where
 * the translation interprets, reconstructs or corrects its source, and the note
 * `[^id]: …` as a paragraph at the end of the text. Markdown drops a note no
 * marker refers to and prints an unmatched marker as text, so both are checked
 * here; and both languages carry the same notes, in the same order, so that a
 * reader of either sees them.
 */

interface NotePlace {
  id: string;
  line: number;
}

/** The markers and the notes of a text body, in order, with their lines. */
export function notesIn(body: string): { markers: NotePlace[]; notes: NotePlace[] } {
  const markers: NotePlace[] = [];
  const notes: NotePlace[] = [];
  body.split('\n').forEach((text, index) => {
    const line = index + 1;
    const definition = /^\[\^([^\]]+)\]:/.exec(text);
    if (definition) notes.push({ id: definition[1]!, line });
    const rest = definition ? text.slice(definition[0].length) : text;
    for (const match of rest.matchAll(/\[\^([^\]]+)\](?!:)/g)) markers.push({ id: match[1]!, line });
  });
  return { markers, notes };
}

/** Every marker has its note and every note its marker, each once, with a kebab-case id. */
export function checkNotes(text: TextFile, report: ReportProblem): NotePlace[] {
  const { markers, notes } = notesIn(text.body);
  const marked = new Set(markers.map((m) => m.id));
  const written = new Set(notes.map((n) => n.id));
  for (const { id, line } of markers) {
    if (!written.has(id)) report(text.file, `note [^${id}] (body line ${line})`, `the marker [^${id}] has no note`, `write the note as a paragraph at the end of the text, "[^${id}]: …", or remove the marker`);
  }
  for (const { id, line } of notes) {
    if (!marked.has(id)) report(text.file, `note [^${id}] (body line ${line})`, `the note [^${id}] is written but no marker refers to it`, `put [^${id}] in the text where the note applies, or remove the note`);
    if (!KEBAB_CASE.test(id)) report(text.file, `note [^${id}] (body line ${line})`, `the note id "${id}" is not kebab-case`, 'name the note in lowercase words joined by hyphens, e.g. [^statistics-inclusion]');
  }
  for (const id of duplicates(markers)) report(text.file, `note [^${id}]`, `the marker [^${id}] is used more than once`, 'give each place its own note, or keep the marker at the first place only');
  for (const id of duplicates(notes)) report(text.file, `note [^${id}]`, `the note [^${id}] is written twice`, 'keep one note per id');
  return notes;
}

function duplicates(places: NotePlace[]): Set<string> {
  return new Set(places.filter((p, i) => places.findIndex((q) => q.id === p.id) !== i).map((p) => p.id));
}

/** Both texts of a bulletin carry the same notes in the same order: each note is written in both languages. */
export function checkNotesPair(texts: Record<Lang, TextFile>, report: ReportProblem): void {
  const ids = { en: checkNotes(texts.en, report).map((n) => n.id), zh: checkNotes(texts.zh, report).map((n) => n.id) };
  for (const [lang, other] of [['en', 'zh'], ['zh', 'en']] as const) {
    for (const id of ids[lang].filter((id) => !ids[other].includes(id))) {
      report(texts[other].file, `note [^${id}]`, `${lang}.md has the translator's note [^${id}] but ${other}.md has not`, `write the note in ${other}.md too, with its marker at the same place: each note is given in both languages`);
    }
  }
  const shared = ids.en.filter((id) => ids.zh.includes(id));
  if (shared.join() !== ids.zh.filter((id) => ids.en.includes(id)).join()) {
    report(texts.zh.file, 'translator\'s notes', `the notes are in a different order than in en.md (${ids.en.join(', ')})`, 'write the notes in the same order in both texts, the order of their markers');
  }
}
