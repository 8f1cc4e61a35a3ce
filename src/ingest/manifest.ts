import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import type { FetchLimits } from './fetch.ts';
import { manifestLineSchema } from './record.ts';
import { fileJobs, urlJobs, type Job } from './sources.ts';

/**
 * A JSONL manifest → jobs, one per line `{path|url, source, published, title?, url?}`.
 * A path is taken relative to the manifest's folder (or the working directory if it is there).
 * A bad line becomes a job that fails with its line number and reason; the others still run.
 */
export async function manifestJobs(file: string, limits: FetchLimits, today: string): Promise<Job[]> {
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code === 'ENOENT' ? `no such manifest: ${file}` : `cannot read manifest ${file}: ${e.message}`);
  });
  const jobs: Job[] = [];
  const lines = text.split('\n');
  for (const [i, raw] of lines.entries()) {
    if (!raw.trim()) continue;
    const where = `${file}:${i + 1}`;
    const parsed = parseLine(raw);
    if (!parsed.ok) {
      jobs.push({ input: where, load: () => Promise.reject(new Error(parsed.reason)) });
      continue;
    }
    const line = parsed.line;
    const hints = { source: line.source, published: line.published, title: line.title, url: line.url };
    try {
      if (line.path) jobs.push(...(await fileJobs(locate(line.path, file), hints, today)));
      else jobs.push(...(await urlJobs(line.url!, { ...hints, url: undefined }, limits, today)));
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      jobs.push({ input: line.path ?? line.url ?? where, load: () => Promise.reject(new Error(reason)) });
    }
  }
  return jobs;
}

function parseLine(raw: string): { ok: true; line: z.infer<typeof manifestLineSchema> } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const r = manifestLineSchema.safeParse(json);
  return r.success ? { ok: true, line: r.data } : { ok: false, reason: zodReason(r.error) };
}

export function zodReason(e: z.ZodError): string {
  return e.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

function locate(path: string, manifest: string): string {
  if (isAbsolute(path)) return path;
  const beside = resolve(dirname(manifest), path);
  return existsSync(beside) || !existsSync(path) ? beside : resolve(path);
}
