// The smoke cases in Firefox ESR (Debian's firefox-esr), driven over WebDriver BiDi with puppeteer-core,
// against the built site served by nginx with the shipped configuration.
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startNginx } from '../support/nginx.mjs';
import { shortLinkCase, smokeCases } from './smoke-cases.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const PORT = Number(process.env.FIREFOX_SMOKE_PORT ?? 4347);

async function firefoxDriver(base, acceptLanguages) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The window's size, not an emulated viewport: puppeteer-core's setViewport also overrides the
    // screen's orientation, a BiDi command Firefox ESR 140 does not know.
    defaultViewport: null,
    args: ['--width=1280', '--height=900'],
    extraPrefsFirefox: {
      'intl.accept_languages': acceptLanguages,
      // Lets the page read back what it copied, as a test must, without a permission prompt.
      'dom.events.testing.asyncClipboard': true,
      'dom.events.asyncClipboard.readText': true,
    },
  });
  const page = await browser.newPage().catch(async (error) => {
    await browser.close();
    throw error;
  });
  let errors = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  return {
    browser,
    async goto(path) {
      errors = [];
      await page.goto(new URL(path, base).href, { waitUntil: 'load' });
    },
    location: () => page.evaluate(() => ({ pathname: location.pathname, hash: location.hash })),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    click: (selector) => page.click(selector),
    // The missing page is meant to answer 404; Firefox does not log that as a script error.
    scriptErrors: async () => errors,
    clipboardText: () => page.evaluate(() => navigator.clipboard.readText()),
  };
}

describe('Firefox ESR', () => {
  let server;
  const drivers = {};
  before(async () => {
    server = await startNginx('dist', PORT);
    drivers.en = await firefoxDriver(server.url, 'en-GB,en');
    drivers.zh = await firefoxDriver(server.url, 'zh-CN,zh');
  });
  after(async () => {
    await Promise.all(Object.values(drivers).map((driver) => driver.browser.close()));
    await server?.stop();
  });
  for (const [name, run] of smokeCases()) it(name, () => run(drivers.en));
  for (const lang of ['en', 'zh']) {
    const [name, run] = shortLinkCase(lang);
    it(name, () => run(drivers[lang]));
  }
});
