import type { Lang } from '../../i18n/locales';
import { headingsIn } from './anchor-marker';
import type { TextFile } from './bulletin';
import type { ReportProblem } from './content-error';
import type { BulletinFacts } from './schema/facts';

/**
 * A bulletin's measures are listed once, in facts.yaml, and each text marks the
 * same measures' headings with the same anchors: that is what lets a link to a
 * measure survive a language switch.
 */

/** Each measure is listed once. */
export function checkMeasureList(facts: BulletinFacts, factsFile: string, report: ReportProblem): void {
  const ids = facts.measures.map((m) => m.id);
  for (const id of new Set(ids.filter((m, i) => ids.indexOf(m) !== i))) {
    report(factsFile, 'measures', `measure "${id}" is listed twice`, 'give each measure its own id');
  }
}

/** A text's headings carry exactly the facts' measure anchors, in the same order, and no heading is unanchored. */
export function checkMeasureAnchors(text: TextFile, measureIds: readonly string[], factsFile: string, lang: Lang, report: ReportProblem): void {
  const headings = headingsIn(text.body);
  for (const h of headings.filter((h) => h.anchor === null)) {
    report(text.file, `line ${text.bodyLine + h.line - 1}`, `heading "${h.text}" has no anchor`, 'end the heading with its measure anchor, e.g. {#measure-2}');
  }
  const anchors = headings.flatMap((h) => (h.anchor === null ? [] : [h.anchor]));
  for (const anchor of anchors.filter((a) => !measureIds.includes(a))) {
    report(text.file, `anchor #${anchor}`, `anchor "${anchor}" is in ${lang}.md but not in the measures of facts.yaml`, `add { id: ${anchor}, topics: [...] } to measures in ${factsFile}, or correct the anchor`);
  }
  for (const id of measureIds.filter((m) => !anchors.includes(m))) {
    report(text.file, `anchor #${id}`, `measure "${id}" is listed in facts.yaml but has no heading in ${lang}.md`, `end the measure's heading in ${lang}.md with {#${id}}`);
  }
  const inBoth = anchors.filter((a) => measureIds.includes(a));
  const expected = measureIds.filter((m) => anchors.includes(m));
  if (inBoth.join() !== expected.join()) {
    report(text.file, 'measures (order)', `the headings' anchors come in the order ${inBoth.join(', ')}`, `order them as facts.yaml lists them: ${expected.join(', ')}`);
  }
}
