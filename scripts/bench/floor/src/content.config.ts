import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const corpus = process.env.DIGEST_CONTENT_DIR ?? '../../../content';

export const collections = {
  texts: defineCollection({
    loader: glob({ pattern: '*/*.md', base: `${corpus}/bulletins` }),
    schema: z.object({ title: z.string(), summary: z.string() }),
  }),
};
