/** Formats a list of allowed values for an error message: "a, b or c". */
export function oneOf(values: readonly string[]): string {
  return values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : values.join('');
}

/**
 * The error of a required text field: "missing …" only when it is missing; when
 * it holds something else (`title: 42`, a list), what was found and how to fix it.
 */
export function textError(field: string, missing: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? missing : `${field} must be text, not ${JSON.stringify(issue.input)}: put it in quotes`);
}
