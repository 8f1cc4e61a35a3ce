import { z } from 'zod';
import type { Db } from '../db/open.ts';
import type { FetchLimits } from './fetch.ts';
import { manifestJobs, zodReason } from './manifest.ts';
import { fileJobs, isUrl, urlJobs, type Hints, type Job } from './sources.ts';
import { storeArticle } from './store.ts';

export type ItemResult = {
  input: string;
  status: 'added' | 'duplicate' | 'failed';
  articleId?: number;
  storyId?: number;
  title?: string;
  reason?: string;
};
export type IngestReport = { added: number; duplicates: number; failed: number; items: ItemResult[] };
export type Progress = (done: number, total: number, last: ItemResult) => void;
export type IngestOptions = { hints?: Hints; manifest?: string; limits: FetchLimits; now: Date; onProgress?: Progress };

/**
 * Ingest files, article URLs, feed URLs and a manifest. Each article commits on its own;
 * one bad input or item is reported with its reason and the rest still go in.
 */
export async function ingest(db: Db, inputs: string[], opts: IngestOptions): Promise<IngestReport> {
  const today = opts.now.toISOString().slice(0, 10);
  const jobs: Job[] = [];
  const early: ItemResult[] = [];
  if (opts.manifest) jobs.push(...(await manifestJobs(opts.manifest, opts.limits, today)));
  for (const input of inputs) {
    try {
      jobs.push(...(isUrl(input) ? await urlJobs(input, opts.hints ?? {}, opts.limits, today) : await fileJobs(input, opts.hints ?? {}, today)));
    } catch (e) {
      early.push({ input, status: 'failed', reason: reasonOf(e) });
    }
  }
  return runJobs(db, jobs, opts.onProgress, early);
}

/** Used by the feed poller: one feed URL, items tagged with the feed's id. */
export async function ingestFeed(db: Db, url: string, opts: { limits: FetchLimits; now: Date; feedId?: number; source?: string }): Promise<IngestReport> {
  const jobs = await urlJobs(url, { feedId: opts.feedId, source: opts.source }, opts.limits, opts.now.toISOString().slice(0, 10));
  return runJobs(db, jobs);
}

async function runJobs(db: Db, jobs: Job[], onProgress?: Progress, early: ItemResult[] = []): Promise<IngestReport> {
  const items = [...early];
  const total = jobs.length + early.length;
  for (const job of jobs) {
    const result = await runJob(db, job);
    items.push(result);
    onProgress?.(items.length, total, result);
  }
  const count = (s: ItemResult['status']) => items.filter((i) => i.status === s).length;
  return { added: count('added'), duplicates: count('duplicate'), failed: count('failed'), items };
}

async function runJob(db: Db, job: Job): Promise<ItemResult> {
  try {
    const rec = await job.load();
    const r = storeArticle(db, rec);
    return r.status === 'added'
      ? { input: job.input, status: 'added', articleId: r.articleId, storyId: r.storyId, title: rec.title }
      : { input: job.input, status: 'duplicate', articleId: r.articleId, title: rec.title, reason: `already stored (same ${r.reason === 'url' ? 'URL' : 'text'})` };
  } catch (e) {
    return { input: job.input, status: 'failed', reason: reasonOf(e) };
  }
}

const reasonOf = (e: unknown) => (e instanceof z.ZodError ? zodReason(e) : e instanceof Error ? e.message : String(e));
