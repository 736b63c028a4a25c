/** One thing wrong with the content: which file, which field, what is wrong, how to fix it. */
export interface ContentProblem {
  file: string;
  field: string;
  problem: string;
  fix: string;
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
