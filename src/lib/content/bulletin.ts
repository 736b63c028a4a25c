import type { Lang } from '../../i18n/locales';
import type { BulletinFacts } from './schema/facts';
import type { BulletinText } from './schema/text';

/** One language's text of a bulletin. */
export interface BulletinTextEntry {
  /** The content entry id (its file path), for rendering the body. */
  entryId: string;
  title: string;
  summary: string;
  /** Each measure's heading as this text words it, by anchor: `measure-2` → "Second, …". */
  measureTitles: Record<string, string>;
}

/** A bulletin: the facts both languages share, and its text in each language. */
export interface Bulletin {
  /** The folder name: region slug, year, month, a few words. Used in URLs. */
  id: string;
  facts: BulletinFacts;
  texts: Record<Lang, BulletinTextEntry>;
}

/** A facts.yaml file as loaded from the collection. */
export interface FactsFile {
  file: string;
  data: BulletinFacts;
}

/** A `<lang>.md` file as loaded from the collection. */
export interface TextFile {
  file: string;
  data: BulletinText;
  body: string;
  /** The line of the file the body begins on, for naming a line of the file rather than of the body (see body-line.ts). */
  bodyLine: number;
}

