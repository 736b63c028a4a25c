import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { ContentError } from './content-error';

/**
 * A facts file's data. Read with YAML's core schema, so that a date stays the text the editor
 * wrote: the default schema turns an unquoted date into a Date and moves an impossible day to
 * another (`2020-04-31` becomes 1 May), which the schema could then no longer call wrong.
 */
export function parseFactsYaml(text: string, file: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    if (!error.mark) throw noFields(file, `not valid YAML: ${error.reason}`);
    throw new ContentError([{ file, field: `line ${error.mark.line + 1}`, problem: `not valid YAML: ${error.reason}`, fix: 'correct the YAML at that line (a quote or bracket left open, or an indent out of line)' }]);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw noFields(file, 'holds no fields');
  return data as Record<string, unknown>;
}

const noFields = (file: string, problem: string) =>
  new ContentError([{ file, field: '(file)', problem, fix: 'write the facts as `field: value` lines, as in the other bulletins’ facts.yaml' }]);
