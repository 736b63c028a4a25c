// The smoke cases every browser engine must pass, written against a small driver that each engine's
// file provides (firefox.test.mjs, webkit.test.mjs):
//   goto(path), location() → { pathname, hash }, evaluate(fn, ...args), click(selector),
//   scriptErrors() → the uncaught errors and console errors since the last goto, clipboardText().
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CONTENT = join(import.meta.dirname, '..', '..', 'content', 'bulletins');
const ID = 'hubei-2020-05-sink-into-enterprises';
const CODE = /^permalink: (\S+)$/m.exec(readFileSync(join(CONTENT, ID, 'facts.yaml'), 'utf8'))[1];
const ANOTHER = readdirSync(CONTENT).find((id) => id.startsWith('deqing-'));

/** One page of each kind, in each language. */
export const PAGE_KINDS = ['/', `/bulletins/${ID}/`, `/bulletins/${ANOTHER}/compare/`, '/search/?q=financing', '/regions/', '/regions/shandong/', '/topics/', '/topics/financing/', '/years/2020/', '/measures/', '/glossary/', '/about/', '/no-such-page/'];

/** Waits until fn (run in the page) returns something truthy. */
export async function until(driver, fn, what, ...args) {
  for (let i = 0; i < 100; i++) {
    const value = await driver.evaluate(fn, ...args);
    if (value) return value;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The cases, as [name, run(driver)] pairs; the engine's file runs each in node:test. */
export function smokeCases() {
  return [
    ...['en', 'zh'].flatMap((lang) =>
      PAGE_KINDS.map((kind) => [
        `/${lang}${kind} loads without a script error`,
        async (driver) => {
          await driver.goto(`/${lang}${kind}`);
          assert.ok(await driver.evaluate(() => document.querySelector('h1')?.textContent.trim()), 'the page has a heading');
          assert.deepEqual(await driver.scriptErrors(), []);
        },
      ]),
    ),
    [
      'the language switch goes to Chinese and back, keeping the anchor',
      async (driver) => {
        await driver.goto(`/en/bulletins/${ID}/#measure-2`);
        await driver.click('.language-switch');
        await until(driver, () => location.pathname.startsWith('/zh/'), 'the Chinese page');
        assert.deepEqual(await driver.location(), { pathname: `/zh/bulletins/${ID}/`, hash: '#measure-2' });
        await driver.click('.language-switch');
        await until(driver, () => location.pathname.startsWith('/en/'), 'the English page');
        assert.deepEqual(await driver.location(), { pathname: `/en/bulletins/${ID}/`, hash: '#measure-2' });
      },
    ],
    ...[['en', 'Yichang'], ['zh', '宜昌']].map(([lang, query]) => [
      `a search for ${query} finds its bulletin and lands on the measure`,
      async (driver) => {
        await driver.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
        const href = await until(driver, () => document.querySelector('[data-own] a[href*="#measure-"]')?.getAttribute('href'), 'a result');
        assert.match(href, new RegExp(`^/${lang}/bulletins/${ID}/.*#measure-`));
        await driver.goto(href);
        const anchor = new URL(href, 'http://x').hash.slice(1);
        assert.ok(await until(driver, (id) => { const box = document.getElementById(id)?.getBoundingClientRect(); return box && box.top >= 0 && box.top < innerHeight; }, 'the measure in view', anchor));
      },
    ]),
    [
      "a measure's Copy link copies the page's language's short link with the anchor",
      async (driver) => {
        await driver.goto(`/zh/bulletins/${ID}/`);
        await driver.click('#measure-2 .measure-link');
        await until(driver, () => document.querySelector('#measure-2 .measure-link')?.textContent !== '' && document.querySelector('[data-copy-status]')?.textContent, 'the copy to be announced');
        assert.match(await driver.clipboardText(), new RegExp(`/b/${CODE}/zh/#measure-2(?!\\d)`));
      },
    ],
  ];
}

/** For a browser whose preferred language is `lang`: the language-neutral short link opens that language, at the measure. */
export function shortLinkCase(lang) {
  return [
    `a short link opens the bulletin at the measure in the browser's language (${lang})`,
    async (driver) => {
      await driver.goto(`/b/${CODE}/#measure-2`);
      await until(driver, () => location.pathname.includes('/bulletins/'), 'the bulletin');
      assert.deepEqual(await driver.location(), { pathname: `/${lang}/bulletins/${ID}/`, hash: '#measure-2' });
    },
  ];
}

/** A language's short link opens that language at the measure, whatever the browser prefers. */
export function languageLinkCase(lang) {
  return [
    `a short link in ${lang} opens the bulletin in ${lang} at the measure`,
    async (driver) => {
      await driver.goto(`/b/${CODE}/${lang}/#measure-2`);
      await until(driver, () => location.pathname.includes('/bulletins/'), 'the bulletin');
      assert.deepEqual(await driver.location(), { pathname: `/${lang}/bulletins/${ID}/`, hash: '#measure-2' });
    },
  ];
}
