import { z } from 'zod';
import { publishedSchema } from '../ingest/record.ts';
import { UsageError } from './command.ts';

type Values = Record<string, string | boolean | string[] | undefined>;

/** A string option, validated; a bad value is a usage error naming the option. */
export function opt<T>(values: Values, name: string, schema: z.ZodType<T>): T | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const r = schema.safeParse(raw);
  if (!r.success) throw new UsageError(`--${name} ${JSON.stringify(raw)}: ${r.error.issues[0]?.message ?? 'invalid'}`);
  return r.data;
}

export const limitSchema = z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000');
export const dateSchema = publishedSchema;
/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (event dates have these granularities). */
export const partialDateSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
export const nonEmpty = z.string().trim().min(1, 'must not be empty');
