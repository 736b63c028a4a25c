import { describe, expect, it } from 'vitest';
import { realBulletins } from '../../../tests/support/bulletins';
import { factsReadOnce, readBulletinFacts } from './read-facts';

describe('readBulletinFacts()', () => {
  it('reads every bulletin’s id and facts as the build assembles them', async () => {
    const read = await readBulletinFacts('content');
    const built = realBulletins();
    expect(read.map((b) => b.id)).toEqual(built.map((b) => b.id).sort());
    for (const { id, facts } of read) expect(facts, id).toEqual(built.find((b) => b.id === id)!.facts);
  });
});

describe('factsReadOnce()', () => {
  it('reads the facts files on the first call and hands the same read to every later one', async () => {
    const read = factsReadOnce('content');
    const first = read();
    expect(read()).toBe(first);
    expect((await first).map((b) => b.id)).toEqual(realBulletins().map((b) => b.id).sort());
  });
});
