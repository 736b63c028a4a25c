// The smoke cases in WebKit: WebKitGTK's MiniBrowser (Debian's webkit2gtk-driver) driven by its
// WebKitWebDriver with selenium-webdriver, under Xvfb (`npm run test:browsers` starts it), against
// the built site served by nginx with the shipped configuration.
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { Builder, By } from 'selenium-webdriver';
import { startNginx } from '../support/nginx.mjs';
import { languageLinkCase, shortLinkCase, smokeCases } from './smoke-cases.mjs';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const PORT = Number(process.env.WEBKIT_SMOKE_PORT ?? 4357);

// Records the page's uncaught errors. Classic WebDriver has no event for them, so this is installed
// once a page has loaded: it catches what the page's scripts throw from then on (on a click, a search),
// and the cases check that those scripts did their work.
const RECORD_ERRORS = () => {
  window.__errors ??= [];
  addEventListener('error', (event) => window.__errors.push(`uncaught: ${event.message}`));
  addEventListener('unhandledrejection', (event) => window.__errors.push(`unhandled rejection: ${event.reason}`));
};

/** A WebKitWebDriver of its own, with its MiniBrowser. */
async function webkitDriver(base, driverPort) {
  const service = spawn(DRIVER, [`--port=${driverPort}`], { stdio: 'ignore' });
  await new Promise((done) => setTimeout(done, 500));
  // A driver left running would keep the suite's process alive after a failed start.
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${driverPort}`)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
    .build()
    .catch((error) => {
      service.kill();
      throw error;
    });
  await driver.manage().window().setRect({ width: 1280, height: 900 });
  const evaluate = (fn, ...args) => driver.executeAsyncScript(`const done = arguments[arguments.length - 1]; Promise.resolve((${fn}).apply(null, Array.from(arguments).slice(0, -1))).then(done, (e) => done({ __error: String(e) }));`, ...args);
  return {
    async close() {
      await driver.quit();
      service.kill();
    },
    async goto(path) {
      await driver.get(new URL(path, base).href);
      await evaluate(RECORD_ERRORS);
    },
    location: () => evaluate(() => ({ pathname: location.pathname, hash: location.hash })),
    evaluate,
    async click(selector) {
      await driver.findElement(By.css(selector)).click();
    },
    scriptErrors: () => evaluate(() => window.__errors ?? []),
    // MiniBrowser under automation does not let a page read the clipboard; the copy script announces
    // the link it copied only once the clipboard took it, so the announcement is read instead.
    clipboardText: () => evaluate(() => document.querySelector('[data-copy-status]')?.textContent ?? ''),
  };
}

describe('WebKit (WebKitGTK MiniBrowser)', () => {
  let server;
  const drivers = {};
  before(async () => {
    server = await startNginx('dist', PORT);
    drivers.en = await webkitDriver(server.url, PORT + 1);
  });
  after(async () => {
    await Promise.all(Object.values(drivers).map((driver) => driver.close()));
    await server?.stop();
  });
  for (const [name, run] of smokeCases()) it(name, () => run(drivers.en));
  // MiniBrowser's preferred language cannot be set from automation (it keeps English whatever LANGUAGE,
  // LANG or LC_ALL say), so the language-neutral link is checked in English here, and Chinese by its own link;
  // Firefox and Chromium check the neutral link for a Chinese browser.
  for (const [name, run] of [shortLinkCase('en'), languageLinkCase('zh')]) it(name, () => run(drivers.en));
});
