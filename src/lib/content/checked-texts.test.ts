import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedTexts } from './checked-texts';

const folders: string[] = [];

/** Where a test's list is kept: a folder of its own, removed after the test. */
function listFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'checked-texts-'));
  folders.push(folder);
  return join(folder, 'cache', 'checked-texts.json');
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A build: the bodies it finds clean are added, then the list is saved. */
function build(file: string, checker: string, clean: string[]): void {
  const list = checkedTexts(file, checker);
  for (const body of clean) if (!list.has(body)) list.add(body);
  list.save();
}

describe('checkedTexts()', () => {
  it('knows, in the next build with the same checker, the bodies found clean', () => {
    const file = listFile();
    build(file, 'checker-1', ['## Measure 1 {#measure-1}\n\nText.', '## 措施一 {#measure-1}\n\n正文。']);
    const next = checkedTexts(file, 'checker-1');
    expect(next.has('## Measure 1 {#measure-1}\n\nText.')).toBe(true);
    expect(next.has('## 措施一 {#measure-1}\n\n正文。')).toBe(true);
  });

  it('does not know a body that changed by one character', () => {
    const file = listFile();
    build(file, 'checker-1', ['Text.']);
    expect(checkedTexts(file, 'checker-1').has('Text!')).toBe(false);
  });

  it('knows nothing when the checker changed', () => {
    const file = listFile();
    build(file, 'checker-1', ['Text.']);
    expect(checkedTexts(file, 'checker-2').has('Text.')).toBe(false);
  });

  it('keeps only the bodies of the last build: a text gone, or changed, is dropped from the list', () => {
    const file = listFile();
    build(file, 'checker-1', ['kept', 'gone']);
    build(file, 'checker-1', ['kept', 'new']);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { clean: string[] };
    expect(stored.clean).toHaveLength(2);
    const next = checkedTexts(file, 'checker-1');
    expect([next.has('kept'), next.has('new'), next.has('gone')]).toEqual([true, true, false]);
  });

  it('counts the bodies it knew and those added', () => {
    const file = listFile();
    build(file, 'checker-1', ['a', 'b']);
    const list = checkedTexts(file, 'checker-1');
    for (const body of ['a', 'c']) if (!list.has(body)) list.add(body);
    expect(list.counts()).toEqual({ known: 1, added: 1 });
  });

  it('counts texts, not bodies: two texts with the same body count twice', () => {
    const file = listFile();
    build(file, 'checker-1', ['same']);
    const list = checkedTexts(file, 'checker-1');
    for (const body of ['same', 'same', 'new', 'new']) if (!list.has(body)) list.add(body);
    expect(list.counts()).toEqual({ known: 2, added: 2 });
  });

  it('starts empty from a missing or unreadable list, and writes a good one', () => {
    const file = listFile();
    expect(checkedTexts(file, 'checker-1').has('Text.')).toBe(false);
    build(file, 'checker-1', []);
    writeFileSync(file, '{"checker": "checker-1", "clean": [');
    expect(checkedTexts(file, 'checker-1').has('Text.')).toBe(false);
    build(file, 'checker-1', ['Text.']);
    expect(checkedTexts(file, 'checker-1').has('Text.')).toBe(true);
  });
});
