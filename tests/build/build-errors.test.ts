import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';

const ROOT = join(import.meta.dirname, '..', '..');
const HUBEI = 'hubei-2020-05-sink-into-enterprises';
const temporary: string[] = [];

/** Copies the real content, lets `breakIt` damage the copy, and runs the real build on it. */
function buildBroken(breakIt: (bulletins: string) => void): { status: number | null; output: string; outDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'digest-build-'));
  temporary.push(dir);
  const content = join(dir, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  breakIt(join(content, 'bulletins'));
  // The last good build is there, as it would be in a working copy: it must not survive a failed one.
  const outDir = join(dir, 'dist');
  mkdirSync(join(outDir, 'en', 'bulletins', HUBEI), { recursive: true });
  writeFileSync(join(outDir, 'en', 'index.html'), '<!doctype html><title>the previous build</title>');
  writeFileSync(join(outDir, 'en', 'bulletins', HUBEI, 'index.html'), '<!doctype html><title>the previous build</title>');
  const result = buildSite(outDir, { DIGEST_CONTENT_DIR: content, DIGEST_CACHE_DIR: join(dir, 'cache') });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

function edit(file: string, from: string | RegExp, to: string) {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
  writeFileSync(file, changed);
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a build with bad content', () => {
  it('fails when the bulletins folder is missing, naming it and the fix, instead of building a site of none', () => {
    const { status, output, outDir } = buildBroken((b) => rmSync(b, { recursive: true }));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/bulletins\n\s+\(folder\): the bulletins folder does not exist\n\s+fix: put each bulletin in a folder of its own under content\/bulletins\//);
    expectNoSite(outDir);
  });

  it('fails on an unknown topic, naming the file, the field and the fix', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), 'topics: [supervision]', 'topics: [supervison]'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/facts.yaml`);
    expect(output).toMatch(/measures\.\d+\.topics\.0\**: unknown topic "supervison": use one of .*, or add it to src\/lib\/vocabulary\/topics\.ts/);
    expectNoSite(outDir);
  });

  it("fails on a translator's note marker without its note, naming the file, the note and the fix", () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'en.md'), /\n\[\^yichang-amount\]:[^\n]*\n?/, '\n'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/en.md`);
    expect(output).toMatch(/note \[\^yichang-amount\] \(body line \d+\): the marker \[\^yichang-amount\] has no note/);
    expect(output).toContain('fix: write the note as a paragraph at the end of the text, "[^yichang-amount]: …", or remove the marker');
    expectNoSite(outDir);
  });

  it('fails on a change note without a date, naming the entry of the history', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), '  - date: "2026-12-02"\n    kind: corrected', '  - kind: corrected'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/facts.yaml`);
    expect(output).toMatch(/history\.1\.date\**: a change note needs its date/);
    expectNoSite(outDir);
  });

  it('fails on a missing translation, naming the missing file', () => {
    const { status, output, outDir } = buildBroken((b) => rmSync(join(b, HUBEI, 'zh.md')));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/zh.md`);
    expect(output).toContain(`missing translation: bulletin "${HUBEI}" has no zh.md`);
    expect(output).toContain('fix: add zh.md with title, summary and the full text in that language');
    expectNoSite(outDir);
  });

  it('fails on malformed YAML front matter, naming the file', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'en.md'), /^---\n/, '---\ntopics: [unclosed\n'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/en.md`);
    expectNoSite(outDir);
  });

  it('fails when a published short link would stop working, saying how to keep it', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), 'permalink: hb-2020-05', 'permalink: hb-2020-05-2'));
    expect(status).not.toBe(0);
    expect(output).toContain('published-permalinks.txt');
    expect(output).toContain('the published short link /b/hb-2020-05/ no longer opens any bulletin');
    expect(output).toContain(`fix: add "hb-2020-05" to formerPermalinks in content/bulletins/${HUBEI}/facts.yaml`);
    expectNoSite(outDir);
  });

  it("fails on a measure card's period that ends before it starts, naming the provision's field and the fix", () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), 'time: { kind: period, until: "2020-10-01" }', 'time: { kind: period, from: "2020-10-02", until: "2020-10-01" }'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/facts.yaml`);
    expect(output).toMatch(/measures\.3\.card\.provisions\.\d+\.time\.until\**: the period ends before it starts: check from and the end date against the text/);
    expectNoSite(outDir);
  });

  it('fails on a measure card naming a figure that does not exist, listing the figures there are', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), 'figures: [huangshi-presale-guarantee-ratio]', 'figures: [huangshi-presale-ratio]'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/facts.yaml`);
    expect(output).toMatch(/measures\.3\.card\.provisions\.\d+\.figures\.0.*figure "huangshi-presale-ratio" is not among the key figures.*use one of service-teams, /s);
    expectNoSite(outDir);
  });

  it('fails on a day that does not exist written without quotes, instead of reading it as the next day', () => {
    // 31 April would be read as 1 May by YAML's default schema, which fits the folder's month and would pass.
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), /^date: "2020-05-27"$/m, 'date: 2020-04-31'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/facts.yaml`);
    expect(output).toMatch(/date\**: "2020-04-31" is not a date: write "YYYY-MM-DD", or "YYYY-MM" when only the month is known/);
    expectNoSite(outDir);
  });

  it('fails on a facts file that is not valid YAML, naming the file, the line and the fix', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), /^topics: \[(.*)\]$/m, 'topics: [$1'));
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${HUBEI}/facts\\.yaml\\n\\s+line \\d+: not valid YAML: .+\\n\\s+fix: correct the YAML at that line`));
    expectNoSite(outDir);
  });

  it('fails on a missing required field, naming it and how to add it', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), /^region: hubei\n/m, ''));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/facts.yaml`);
    expect(output).toMatch(/region\**: missing region: add `region:` with one of /);
    expectNoSite(outDir);
  });

  it('fails on a field of the wrong type, saying what to write', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), 'value: 153', 'value: "153 problems"'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/facts.yaml`);
    expect(output).toMatch(/figures\.\d+\.value\**: the value must be a plain number, e\.g\. 19200000000 for 19\.2 billion yuan/);
    expectNoSite(outDir);
  });

  it('fails on a figure without a unit', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'facts.yaml'), /(value: 153\n)\s+unit: problems\n/, '$1'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/figures\.\d+\.unit\**: missing unit: add `unit:` with one of /);
    expectNoSite(outDir);
  });

  it('fails on a duplicate id: two facts files for one bulletin', () => {
    const { status, output, outDir } = buildBroken((b) => cpSync(join(b, HUBEI, 'facts.yaml'), join(b, HUBEI, 'facts.yml')));
    expect(status).not.toBe(0);
    expect(output).toContain(`duplicate id: bulletin "${HUBEI}" is also defined by`);
    expect(output).toContain('fix: keep one facts file per bulletin folder');
    expectNoSite(outDir);
  });

  it('fails on a measure anchor present in one language only', () => {
    const { status, output, outDir } = buildBroken((b) => edit(join(b, HUBEI, 'zh.md'), '{#measure-3}', '{#measure-33}'));
    expect(status).not.toBe(0);
    expect(output).toContain(`${HUBEI}/zh.md`);
    expect(output).toContain('anchor "measure-33" is in zh.md but not in the measures of facts.yaml');
    expect(output).toContain('fix: end the measure\'s heading in zh.md with {#measure-3}');
    expectNoSite(outDir);
  });

  it('fails on raw HTML in one text and a javascript: link in the other, naming both files, their lines in the file and the fix', () => {
    const { status, output, outDir } = buildBroken((b) => {
      edit(join(b, HUBEI, 'en.md'), /^(After going down[^\n]*)$/m, '$1 <iframe src="https://evil.example/"></iframe>');
      edit(join(b, HUBEI, 'zh.md'), /^(工作组下沉后[^\n]*)$/m, '$1[详见](javascript:alert(1))');
    });
    expect(status).not.toBe(0);
    expect(output).toContain('The bulletins have 2 problems:');
    expect(output).toContain(
      `${HUBEI}/en.md\n    line ${lineOf(join(ROOT, 'content', 'bulletins', HUBEI, 'en.md'), 'After going down')}: raw HTML (<iframe>) is not allowed in a bulletin's text\n` +
        '    fix: write it as Markdown text; a link is [words](https://…)',
    );
    expect(output).toContain(
      `${HUBEI}/zh.md\n    line ${lineOf(join(ROOT, 'content', 'bulletins', HUBEI, 'zh.md'), '工作组下沉后')}: a javascript: link ("javascript:alert(1)") is not allowed in a bulletin's text\n` +
        '    fix: link to a web address, [words](https://…), or to a place on the site, [words](#measure-2); to show an address as text, put it in `backticks`',
    );
    expectNoSite(outDir);
  });
});

/** The line of a file (1-based, front matter included) that starts with the given words. */
function lineOf(file: string, start: string): number {
  return readFileSync(file, 'utf8').split('\n').findIndex((line) => line.startsWith(start)) + 1;
}

/** A failed build leaves nothing that looks like a site: no home page, no bulletin pages. */
function expectNoSite(outDir: string) {
  expect(existsSync(join(outDir, 'en', 'index.html')), 'no English home page').toBe(false);
  expect(existsSync(join(outDir, 'en', 'bulletins')), 'no bulletin pages').toBe(false);
}
