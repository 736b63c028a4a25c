import type { BulletinFacts, ChangeNote } from '../content/schema/facts';

/**
 * A bulletin's history on this site: its first publication, then each
 * correction. facts.yaml keeps it oldest first (the schema checks the order).
 */

/** The latest change: what "Last updated" shows. */
export function lastUpdate(facts: Pick<BulletinFacts, 'history'>): ChangeNote {
  return facts.history.at(-1)!;
}

/** The changes after the first publication, newest first: what the feeds announce. */
export function corrections(facts: Pick<BulletinFacts, 'history'>): ChangeNote[] {
  return facts.history.slice(1).reverse();
}

/** The whole history newest first, as the page lists it. */
export function historyNewestFirst(facts: Pick<BulletinFacts, 'history'>): ChangeNote[] {
  return [...facts.history].reverse();
}
