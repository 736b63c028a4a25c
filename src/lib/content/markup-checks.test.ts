import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyLineIn } from './body-line';
import type { TextFile } from './bulletin';
import { problemList } from './content-error';
import { checkMarkup, linkAllowed, markupIn, schemeOf } from './markup-checks';

/** What markupIn finds in a body, as "line: problem". */
const found = (body: string) => markupIn(body).map((f) => `${f.line}: ${f.problem}`);

describe('markupIn()', () => {
  it('finds nothing in a text written in Markdown, links to the web, the site and a mail address included', () => {
    const body = [
      '## 一、建立完善“三联”模式 {#measure-1}',
      '',
      'Output rose by **12 %**, as [the bureau](https://zjt.zj.gov.cn/art/1.html) and [this measure](#measure-2) say; see [the glossary](/en/glossary/#term-x) and [the other text](../zh/).',
      '',
      '| Year | Value |',
      '| --- | --- |',
      '| 2020 | < 5 % |',
      '',
      'Write to jsj@example.gov.cn, or [by mail](mailto:jsj@example.gov.cn); read https://example.gov.cn/a or www.example.gov.cn or <https://example.gov.cn/b>.',
      '',
      'A tag written as code is text: `<iframe>`, and so is a < b.',
      '',
      '```',
      '<script>alert(1)</script>',
      '```',
      '',
      'Brought into the statistics[^note].',
      '',
      '[^note]: The published English has "integration".',
    ].join('\n');
    expect(found(body)).toEqual([]);
  });

  it('refuses raw HTML written as a block, naming the element', () => {
    expect(found('Para.\n\n<iframe src="https://evil.example/"></iframe>')).toEqual(["3: raw HTML (<iframe>) is not allowed in a bulletin's text"]);
    expect(found('<script>alert(1)</script>')).toEqual(["1: raw HTML (<script>) is not allowed in a bulletin's text"]);
  });

  it('refuses raw HTML inside a paragraph, one problem for an element on one line', () => {
    expect(found('Text <img src="https://evil.example/a.png" onerror="alert(1)"> more.')).toEqual(["1: raw HTML (<img>) is not allowed in a bulletin's text"]);
    expect(found('Para.\n\nText <span onclick="alert(1)">here</span> and <b>there</b>.')).toEqual(["3: raw HTML (<span>, <b>) is not allowed in a bulletin's text"]);
  });

  it('names every element a block of raw HTML opens, or what it is when it opens none', () => {
    expect(found('<div>\n<script>alert(1)</script>\n</div>')).toEqual(["1: raw HTML (<div>, <script>) is not allowed in a bulletin's text"]);
    expect(found('Text </p> and <!DOCTYPE html>.')).toEqual(["1: raw HTML (</p>, <!DOCTYPE html>) is not allowed in a bulletin's text"]);
  });

  it('refuses an HTML comment, which is published in the page source though not shown', () => {
    expect(found('Para.\n\n<!-- check the figure -->')).toEqual(["3: an HTML comment (<!-- check the figure -->) is not allowed in a bulletin's text"]);
    expect(found('Text <!-- inline --> more.')).toEqual(["1: an HTML comment (<!-- inline -->) is not allowed in a bulletin's text"]);
  });

  it('refuses a comment left open, which would hide the rest of the text', () => {
    expect(found('Para.\n\n<!-- unclosed\n\n## Second {#measure-2}\n\nMore.')).toEqual(["3: an HTML comment (<!-- unclosed ## Second {#measure-2} More.) is not allowed in a bulletin's text"]);
  });

  it('refuses links whose scheme is not http:, https: or mailto:', () => {
    expect(found('[x](javascript:alert(1))\n\n[x](data:text/html,<b>hi</b>)\n\n[x](vbscript:msgbox)\n\n[x](file:///etc/passwd)\n\n[x](tel:+8627)')).toEqual([
      "1: a javascript: link (\"javascript:alert(1)\") is not allowed in a bulletin's text",
      "3: a data: link (\"data:text/html,<b>hi</b>\") is not allowed in a bulletin's text",
      "5: a vbscript: link (\"vbscript:msgbox\") is not allowed in a bulletin's text",
      "7: a file: link (\"file:///etc/passwd\") is not allowed in a bulletin's text",
      "9: a tel: link (\"tel:+8627\") is not allowed in a bulletin's text",
    ]);
  });

  it('reads a scheme in any case, and through the tabs, line breaks and controls a browser strips', () => {
    expect(found('[x](JaVaScRiPt:alert(1))')).toEqual(["1: a javascript: link (\"JaVaScRiPt:alert(1)\") is not allowed in a bulletin's text"]);
    expect(found('[x](<java\tscript:alert(1)>)')).toEqual(["1: a javascript: link (\"java\\tscript:alert(1)\") is not allowed in a bulletin's text"]);
    expect(found('[x](java&#10;script:alert(1)) [y](&#12;javascript:alert(1))')).toEqual([
      "1: a javascript: link (\"java\\nscript:alert(1)\") is not allowed in a bulletin's text",
      "1: a javascript: link (\"\\fjavascript:alert(1)\") is not allowed in a bulletin's text",
    ]);
  });

  it('refuses an autolink with another scheme: <javascript:…> is a link in CommonMark', () => {
    expect(found('See <javascript:alert(1)>.')).toEqual(["1: a javascript: link (\"javascript:alert(1)\") is not allowed in a bulletin's text"]);
  });

  it('refuses a link definition with another scheme, used or not', () => {
    expect(found('[the notice][n]\n\n[n]: javascript:alert(1)\n\n[unused]: DATA:text/html,hi')).toEqual([
      "3: a javascript: link definition ([n]: \"javascript:alert(1)\") is not allowed in a bulletin's text",
      "5: a data: link definition ([unused]: \"DATA:text/html,hi\") is not allowed in a bulletin's text",
    ]);
  });

  it('refuses every image, from another host, from the site or by reference', () => {
    expect(found('![chart](https://evil.example/a.png)\n\n![chart](chart.png)\n\n![chart][c]\n\n[c]: /chart.png')).toEqual([
      "1: an image (![chart](https://evil.example/a.png)) is not allowed in a bulletin's text",
      "3: an image (![chart](chart.png)) is not allowed in a bulletin's text",
      "5: an image (![chart][c]) is not allowed in a bulletin's text",
    ]);
  });

  it('cuts a long address short in the message', () => {
    const [problem] = found(`[x](data:text/html;base64,${'A'.repeat(200)})`);
    expect(problem).toMatch(/^1: a data: link \("data:text\/html;base64,A+…"\)/);
    expect(problem!.length).toBeLessThan(130);
  });

  it('says how to write each thing instead', () => {
    expect(markupIn('<iframe></iframe>')[0]!.fix).toBe('write it as Markdown text; a link is [words](https://…)');
    expect(markupIn('[x](javascript:alert(1))')[0]!.fix).toMatch(/^link to a web address, \[words\]\(https:\/\/…\), or to a place on the site/);
    expect(markupIn('![x](a.png)')[0]!.fix).toMatch(/facts\.yaml under figures/);
    expect(markupIn('<!-- x -->')[0]!.fix).toMatch(/^remove it/);
  });
});

describe('checkMarkup()', () => {
  it('names the file and the line of the file, front matter included', () => {
    const source = '---\ntitle: A title\nsummary: A summary of the bulletin, one paragraph long enough.\n---\n\nFirst paragraph.\n\n<iframe src="https://evil.example/"></iframe>\n\nThen [x](javascript:alert(1)).\n';
    const body = source.slice(source.indexOf('First')).trim();
    const text: TextFile = { file: 'content/bulletins/x-2020-01-a/en.md', data: { title: 'A title', summary: 'A summary' }, body, bodyLine: bodyLineIn(source, body) };
    const { problems, report } = problemList();
    checkMarkup(text, report);
    expect(problems.map((p) => `${p.file} ${p.field}: ${p.problem}`)).toEqual([
      "content/bulletins/x-2020-01-a/en.md line 8: raw HTML (<iframe>) is not allowed in a bulletin's text",
      "content/bulletins/x-2020-01-a/en.md line 10: a javascript: link (\"javascript:alert(1)\") is not allowed in a bulletin's text",
    ]);
  });
});

describe('schemeOf()', () => {
  it('reads the scheme of an absolute address, in lower case', () => {
    expect(schemeOf('HTTPS://example.gov.cn/')).toBe('https');
    expect(schemeOf('  javascript:alert(1)')).toBe('javascript');
    expect(schemeOf('\u0000\u001fjavascript:alert(1)\u0020')).toBe('javascript');
    expect(schemeOf('j\ta\nv\ra:x')).toBe('java');
  });

  it('gives no scheme for a relative address, as a browser reads it', () => {
    for (const url of ['#measure-2', '/en/glossary/', '../zh/', 'chart.png', '?q=x', '//example.gov.cn/', 'a/b:c', '\u3000javascript:alert(1)', 'javascript%3Aalert(1)', '']) {
      expect(schemeOf(url), url).toBeNull();
    }
  });
});

describe('linkAllowed()', () => {
  it('allows http:, https:, mailto: and relative addresses, and nothing else', () => {
    expect(['https://a.cn/', 'http://a.cn/', 'mailto:a@a.cn', '#measure-1', '/en/'].filter((url) => !linkAllowed(url))).toEqual([]);
    expect(['javascript:x', 'data:x', 'vbscript:x', 'file:x', 'ftp://a.cn/', 'tel:1'].filter(linkAllowed)).toEqual([]);
  });
});

describe('the markup check as a build keeps it', () => {
  it('is one file of the project: it imports nothing of it at run time but packages, so the hash of this file and of the lockfile is the hash of the check (load-bulletins.ts)', () => {
    const source = readFileSync(join(import.meta.dirname, 'markup-checks.ts'), 'utf8');
    const ownModules = [...source.matchAll(/^import (?!type\b)[^;]*from '(\.{1,2}\/[^']+)'/gm)].map((m) => m[1]);
    expect(ownModules, 'a module of the project imported here must be hashed into MARKUP_CHECKER in load-bulletins.ts, or texts found clean by the old check would not be checked by the new').toEqual([]);
  });
});
