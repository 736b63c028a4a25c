import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, relativeToDist } from '../support/built-site';

// Every built page is valid HTML by html-validate's recommended rules, read from dist/ as a validator would.
// The one rule turned off (in .htmlvalidate.json) is long-title: a bulletin page's title is the
// authority's own headline, often longer than 70 characters, and is kept whole. One rule is widened:
// form-dup-name lets checkboxes share a name, as each search filter's boxes do (?region=a&region=b).
test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  const problems: string[] = [];
  for (const { file } of pages) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${relativeToDist(file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});
