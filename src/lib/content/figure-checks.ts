import type { ReportProblem } from './content-error';
import type { BulletinFacts } from './schema/facts';

/**
 * What the schema cannot see in one figure alone: a chart draws one unit on one
 * scale, ids are unique, and a figure's measure is one the bulletin lists.
 */
export function checkFigures(facts: BulletinFacts, factsFile: string, report: ReportProblem): void {
  const chartUnits = new Map<string, string>();
  const figureIds = facts.figures.map((f) => f.id);
  const measureIds = facts.measures.map((m) => m.id);
  facts.figures.forEach((figure, index) => {
    const unit = figure.chart ? chartUnits.get(figure.chart) : undefined;
    if (figure.chart && unit === undefined) chartUnits.set(figure.chart, figure.unit);
    else if (unit !== undefined && unit !== figure.unit) {
      report(factsFile, `figures.${index}.chart`, `figure "${figure.id}" is in ${figure.unit} but chart "${figure.chart}" draws ${unit}`, 'put only figures of one unit in a chart, or give this figure its own chart');
    }
  });
  facts.figures.forEach((figure, index) => {
    if (figureIds.indexOf(figure.id) !== index) {
      report(factsFile, `figures.${index}.id`, `figure id "${figure.id}" is used twice`, 'give each figure its own id');
    }
    if (figure.measure && !measureIds.includes(figure.measure)) {
      report(factsFile, `figures.${index}.measure`, `figure "${figure.id}" points at "${figure.measure}", which is not among the measures`, `use one of ${measureIds.join(', ') || '(no measures listed)'}, or leave measure out`);
    }
  });
}
