import { ingest, type IngestReport } from '../../ingest/run.ts';
import { dateSchema, nonEmpty, opt } from '../args.ts';
import { emit, UsageError, type CliCommand } from '../command.ts';
import { progressBar } from '../progress.ts';

export default {
  name: 'ingest',
  summary: 'store articles from files, article URLs, feed URLs or a manifest',
  usage: 'ingest <file|url|feed-url>... [--source NAME] [--published YYYY-MM-DD] [--title T] [--manifest F.jsonl] [--json]',
  options: {
    source: { type: 'string' }, published: { type: 'string' }, title: { type: 'string' }, manifest: { type: 'string' },
  },
  async run(values, positionals, io) {
    const manifest = opt(values, 'manifest', nonEmpty);
    if (positionals.length === 0 && !manifest) throw new UsageError('give at least one file, URL or feed URL, or --manifest FILE');
    const hints = {
      source: opt(values, 'source', nonEmpty),
      published: opt(values, 'published', dateSchema),
      title: opt(values, 'title', nonEmpty),
    };
    const db = io.db();
    const bar = progressBar(io.err, 'ingesting');
    const report = await ingest(db, positionals, {
      hints, manifest, now: io.now,
      limits: { timeoutMs: io.config.FETCH_TIMEOUT_MS, maxBytes: io.config.FETCH_MAX_BYTES },
      onProgress: (done, total, last) => bar.update(done, total, last.title ?? last.input),
    });
    bar.done();
    for (const item of report.items.filter((i) => i.status === 'failed')) io.log.warn({ input: item.input }, `skipped: ${item.reason}`);
    emit(io, report, () => humanReport(report));
    // Partial success is success (the failures are listed); nothing stored at all is a failure.
    return report.failed > 0 && report.added + report.duplicates === 0 ? 1 : 0;
  },
} satisfies CliCommand;

function humanReport(r: IngestReport): string {
  const lines = r.items.map((i) =>
    i.status === 'added' ? `  + ${i.title} (article ${i.articleId}, story ${i.storyId})`
    : i.status === 'duplicate' ? `  = ${i.title ?? i.input}: ${i.reason}, nothing changed`
    : `  ! ${i.input}: ${i.reason}`);
  return [`${r.added} added, ${r.duplicates} already stored, ${r.failed} failed`, ...lines].join('\n');
}
