import { z } from 'zod';
import { UserError } from '../errors.ts';

/** Parse command options with zod; the first problem becomes a UserError naming the option. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const name = issue?.path.length ? `\`${issue.path.join('.')}\`: ` : '';
  throw new UserError(`${name}${issue?.message ?? 'invalid option'}`);
}

/** Optional string option: blank becomes undefined. */
export const optional = (v: string | null): string | undefined => (v && v.trim() ? v.trim() : undefined);

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', the way event dates are stored. */
export const partialDate = z.string().trim().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
  'use a date like 2026, 2026-03 or 2026-03-14');
