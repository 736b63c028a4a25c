import { describe, expect, it } from 'vitest';
import type { TextFile } from './bulletin';
import { problemList } from './content-error';
import { checkNotes, checkNotesPair, notesIn } from './note-checks';

const text = (lang: 'en' | 'zh', body: string): TextFile => ({ file: `content/bulletins/x-2020-01-a/${lang}.md`, data: { title: 't', summary: 's' }, body, bodyLine: 1 });

function problems(check: (report: ReturnType<typeof problemList>['report']) => void): string[] {
  const { problems, report } = problemList();
  check(report);
  return problems.map((p) => `${p.file.split('/').at(-1)} ${p.field}: ${p.problem}`);
}

describe('notesIn()', () => {
  it('finds markers in the text and notes at the start of a line, with their lines', () => {
    expect(notesIn('One[^a] and two[^b].\n\n[^a]: First.\n\n[^b]: Second, see [^a].')).toEqual({
      markers: [{ id: 'a', line: 1 }, { id: 'b', line: 1 }, { id: 'a', line: 5 }],
      notes: [{ id: 'a', line: 3 }, { id: 'b', line: 5 }],
    });
  });
});

describe('checkNotes()', () => {
  it('accepts a text whose markers and notes match', () => {
    expect(problems((report) => checkNotes(text('en', 'Integration[^statistics].\n\n[^statistics]: 入统.'), report))).toEqual([]);
  });

  it('names the file, the note and its line when a marker has no note', () => {
    expect(problems((report) => checkNotes(text('en', 'Para.\n\nIntegration[^statistics].'), report))).toEqual(['en.md note [^statistics] (body line 3): the marker [^statistics] has no note']);
  });

  it('names a note that no marker refers to', () => {
    expect(problems((report) => checkNotes(text('zh', '入统。\n\n[^statistics]: 说明。'), report))).toEqual([
      'zh.md note [^statistics] (body line 3): the note [^statistics] is written but no marker refers to it',
    ]);
  });

  it('refuses a marker used twice and an id that is not kebab-case', () => {
    expect(problems((report) => checkNotes(text('en', 'A[^Note_1] b[^Note_1].\n\n[^Note_1]: N.'), report))).toEqual([
      'en.md note [^Note_1] (body line 3): the note id "Note_1" is not kebab-case',
      'en.md note [^Note_1]: the marker [^Note_1] is used more than once',
    ]);
  });
});

describe('checkNotesPair()', () => {
  it("names the text that lacks a note the other language has", () => {
    const texts = { en: text('en', 'A[^a].\n\n[^a]: Note.'), zh: text('zh', '甲。') };
    expect(problems((report) => checkNotesPair(texts, report))).toEqual(["zh.md note [^a]: en.md has the translator's note [^a] but zh.md has not"]);
  });

  it('refuses the same notes in a different order', () => {
    const texts = { en: text('en', 'A[^a] b[^b].\n\n[^a]: A.\n\n[^b]: B.'), zh: text('zh', '甲[^a]乙[^b]。\n\n[^b]: 乙。\n\n[^a]: 甲。') };
    expect(problems((report) => checkNotesPair(texts, report))).toEqual(["zh.md translator's notes: the notes are in a different order than in en.md (a, b)"]);
  });
});
