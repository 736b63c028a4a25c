import { describe, expect, it } from 'vitest';
import { realBulletins } from '../../../tests/support/bulletins';
import { readBulletinFacts } from './read-facts';

describe('readBulletinFacts()', () => {
  it('reads every bulletin’s id and facts as the build assembles them', async () => {
    const read = await readBulletinFacts('content');
    const built = realBulletins();
    expect(read.map((b) => b.id)).toEqual(built.map((b) => b.id).sort());
    for (const { id, facts } of read) expect(facts, id).toEqual(built.find((b) => b.id === id)!.facts);
  });
});
