import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeWholeSync } from './write-whole';

/**
 * The texts an earlier build found free of markup, kept between builds so that a build checks
 * only the texts that changed. The check parses each text as Markdown: at 3,000 bulletins it
 * took 10 of the 16 seconds a publish spent before Astro rendered its first page, for 6,000
 * texts of which one was new.
 *
 * Texts are known by a hash of their body, and the whole list by the `checker` it was made with
 * (a hash of the check's code and of the parser's): a new checker starts an empty list. Only clean
 * texts are kept; one with a problem fails its build and is checked again the next time.
 */
export interface CheckedTexts {
  /** True when a build with the same checker found this body clean; it is then kept by `save`. */
  has(body: string): boolean;
  /** Records a body this build found clean. */
  add(body: string): void;
  /** Writes the bodies this build found clean or had found clean before; those of texts gone are dropped. */
  save(): void;
  /**
   * How many texts this build knew from the list, and how many it found clean: texts, not
   * bodies, so that the build log's count adds up when two texts have the same body.
   */
  counts(): { known: number; added: number };
}

interface Stored {
  checker: string;
  clean: string[];
}

const keyOf = (body: string) => createHash('sha256').update(body).digest('base64url');

/** The list kept in `file` for `checker`; empty when the file is missing, unreadable or made by another checker. */
export function checkedTexts(file: string, checker: string): CheckedTexts {
  const before = new Set(readStored(file, checker));
  /** The bodies of this build known clean, from the list or found so: what `save` keeps. */
  const clean = new Set<string>();
  const texts = { known: 0, added: 0 };
  return {
    has(body) {
      const key = keyOf(body);
      if (!before.has(key)) return false;
      clean.add(key);
      texts.known++;
      return true;
    },
    add(body) {
      clean.add(keyOf(body));
      texts.added++;
    },
    counts: () => ({ ...texts }),
    save() {
      const stored: Stored = { checker, clean: [...clean].sort() };
      mkdirSync(dirname(file), { recursive: true });
      writeWholeSync(file, JSON.stringify(stored));
    },
  };
}

function readStored(file: string, checker: string): string[] {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Stored>;
    return stored.checker === checker && Array.isArray(stored.clean) ? stored.clean : [];
  } catch {
    // No list yet, or one that cannot be read: every text is checked, as on a first build.
    return [];
  }
}
