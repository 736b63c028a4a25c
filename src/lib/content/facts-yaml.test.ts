import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { parseFactsYaml } from './facts-yaml';

describe('parseFactsYaml()', () => {
  it('leaves an unquoted date as the text written, so that a day that does not exist is not moved to another', () => {
    expect(parseFactsYaml('date: 2020-04-31\nretrieved: 2020-13-45\nmonth: 2020-05\n', 'facts.yaml')).toEqual({
      date: '2020-04-31',
      retrieved: '2020-13-45',
      month: '2020-05',
    });
  });

  it('reads numbers, booleans and nulls as YAML does', () => {
    expect(parseFactsYaml('value: 153\nshare: 0.5\ndateInferred: false\nnote: ~\n', 'facts.yaml')).toEqual({ value: 153, share: 0.5, dateInferred: false, note: null });
  });

  it('names the file and the line of a syntax error, and how to mend it', () => {
    const read = () => parseFactsYaml('region: hubei\ntopics: [supervision\ndate: "2020-05-27"\n', 'content/bulletins/x/facts.yaml');
    expect(read).toThrow(ContentError);
    expect(read).toThrow(/content\/bulletins\/x\/facts\.yaml\n {4}line \d: not valid YAML: .+\n {4}fix: correct the YAML at that line/);
  });

  it('fails on a file that holds no fields, empty or not, saying what to write', () => {
    const fix = / {4}fix: write the facts as `field: value` lines/;
    expect(() => parseFactsYaml('hubei, 2020\n', 'facts.yaml')).toThrow(/facts\.yaml\n {4}\(file\): holds no fields\n/);
    expect(() => parseFactsYaml('hubei, 2020\n', 'facts.yaml')).toThrow(fix);
    expect(() => parseFactsYaml('# nothing yet\n', 'facts.yaml')).toThrow(/facts\.yaml\n {4}\(file\): not valid YAML: .*empty/);
    expect(() => parseFactsYaml('# nothing yet\n', 'facts.yaml')).toThrow(fix);
  });
});
