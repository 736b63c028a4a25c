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

/**
 * A card names only its own measure's key figures, and each figure that belongs to a measure is named on
 * that measure's card, once: the card is where a reader finds what the figure measures.
 */
export function checkMeasureCards(facts: BulletinFacts, factsFile: string, report: ReportProblem): void {
  const figureIds = facts.figures.map((f) => f.id);
  const named = new Map<string, string[]>();
  facts.measures.forEach((measure, m) => {
    measure.card.provisions.forEach((provision, p) => {
      provision.figures.forEach((id, f) => {
        const field = `measures.${m}.card.provisions.${p}.figures.${f}`;
        const figure = facts.figures.find((candidate) => candidate.id === id);
        if (!figure) {
          report(factsFile, field, `figure "${id}" is not among the key figures`, `use one of ${figureIds.join(', ') || '(no figures listed)'}, or add it to figures`);
        } else if (figure.measure !== measure.id && facts.measures.some((m) => m.id === figure.measure)) {
          report(factsFile, field, `figure "${id}" belongs to ${figure.measure ?? 'no measure'}, not ${measure.id}`, `name it on the card of ${figure.measure ?? 'its measure'}, or set its measure to ${measure.id}`);
        } else if (figure.measure === measure.id) {
          named.set(id, [...(named.get(id) ?? []), field]);
        }
      });
    });
  });
  facts.figures.forEach((figure, index) => {
    if (!figure.measure || !facts.measures.some((m) => m.id === figure.measure)) return;
    const places = named.get(figure.id) ?? [];
    if (places.length === 0) {
      report(factsFile, `figures.${index}`, `figure "${figure.id}" belongs to ${figure.measure}, but its card does not name it`, `add ${figure.id} to the figures of the provision of ${figure.measure} that gives it`);
    } else if (places.length > 1) {
      report(factsFile, places[1]!, `figure "${figure.id}" is named on more than one provision`, 'name it on the one provision that gives it');
    }
  });
}
