import { z } from 'zod';

/** YYYY-MM-DD, or a full ISO date-time; stored as given after validation. */
export const publishedSchema = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s)), {
  message: 'must be a date like 2026-03-14 (or an ISO date-time)',
});

/** One article ready to store: what every source kind (file, URL, feed item, manifest line) turns into. */
export const articleRecordSchema = z.object({
  source: z.string().trim().min(1, 'source name is empty').max(200),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  title: z.string().trim().min(1, 'title is empty').max(1000),
  published: publishedSchema,
  text: z.string().refine((t) => t.trim().length >= 20, 'article text is empty or too short (under 20 characters)')
    .refine((t) => t.length <= 1_000_000, 'article text is over 1,000,000 characters'),
  feedId: z.number().int().optional(),
});

export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** One line of a --manifest JSONL file. */
export const manifestLineSchema = z
  .object({
    path: z.string().min(1).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    source: z.string().trim().min(1),
    published: publishedSchema,
    title: z.string().trim().min(1).optional(),
  })
  .refine((l) => l.path !== undefined || l.url !== undefined, { message: 'needs "path" or "url"' });

export type ManifestLine = z.infer<typeof manifestLineSchema>;
