/** One thing wrong with the content: which file, which field, what is wrong, how to fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
  fix: string;
}

/** Records one problem; checks take one, so that every problem is collected before the build stops. */
export type ReportProblem = (file: string, field: string, problem: string, fix: string) => void;

/** A list to collect problems in, and the function that adds to it. */
export function problemList(): { problems: ContentProblem[]; report: ReportProblem } {
  const problems: ContentProblem[] = [];
  return { problems, report: (file, field, problem, fix) => problems.push({ file, field, problem, fix }) };
}

/** Thrown when the content cannot make a correct site; lists every problem found, not just the first. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `The bulletins have ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}\n    ${p.field}: ${p.problem}\n    fix: ${p.fix}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}
