import { describe, expect, it } from 'vitest';
import { realBulletins } from '../../../tests/support/bulletins';
import { bulletinDigest } from './bulletin-digest';

const [bulletin, other] = realBulletins();
const digests = (value: string) => (entryId: string) => `${entryId}:${value}`;

describe('bulletinDigest()', () => {
  it('stays the same while nothing in the bulletin changes', () => {
    expect(bulletinDigest(bulletin!, digests('a'))).toBe(bulletinDigest(structuredClone(bulletin!), digests('a')));
  });

  it('changes when a fact, a title or a text body changes', () => {
    const before = bulletinDigest(bulletin!, digests('a'));
    const corrected = structuredClone(bulletin!);
    corrected.facts.date = { year: 1999, month: 1 };
    const retitled = structuredClone(bulletin!);
    retitled.texts.zh.title += '（修订）';
    expect(bulletinDigest(corrected, digests('a'))).not.toBe(before);
    expect(bulletinDigest(retitled, digests('a'))).not.toBe(before);
    expect(bulletinDigest(bulletin!, digests('b'))).not.toBe(before);
  });

  it('changes when what the texts are rendered with changes, as the glossary', () => {
    expect(bulletinDigest(bulletin!, digests('a'), 'glossary 1')).not.toBe(bulletinDigest(bulletin!, digests('a'), 'glossary 2'));
  });

  it('tells two bulletins apart', () => {
    expect(bulletinDigest(bulletin!, digests('a'))).not.toBe(bulletinDigest(other!, digests('a')));
  });
});
