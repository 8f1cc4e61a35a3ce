import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { briefingToText, composeBriefing, storyDetails, storyToText, timeline, timelineToText } from '../../briefing/index.ts';
import { migrate } from '../../db/migrate.ts';
import { openDb } from '../../db/open.ts';
import { searchQuotes } from '../../db/quotes.ts';
import { listStories } from '../../db/stories.ts';
import { ingest } from '../../ingest/run.ts';
import type { CliCommand } from '../command.ts';
import { progressBar } from '../progress.ts';

const root = resolve(import.meta.dirname, '../../..');
const DEMO_DB = join(root, 'data/demo/newsdesk.db');
const MANIFEST = join(root, 'data/samples/manifest.jsonl');
const QUOTE_SEARCH = 'not one more dollar';
const TIMELINE_OF = 'Maren Solvik';

export default {
  name: 'demo',
  summary: 'ingest the bundled sample articles into a fresh demo store and show what Newsdesk makes of them',
  usage: 'demo',
  options: {},
  async run(_values, _positionals, io) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(DEMO_DB + suffix, { force: true });
    const db = openDb(DEMO_DB);
    try {
      migrate(db);
      const bar = progressBar(io.err, 'ingesting samples');
      const started = performance.now();
      const report = await ingest(db, [], {
        manifest: MANIFEST, now: io.now, limits: { timeoutMs: io.config.FETCH_TIMEOUT_MS, maxBytes: io.config.FETCH_MAX_BYTES },
        onProgress: (done, total, last) => bar.update(done, total, last.title ?? ''),
      });
      bar.done();
      const stories = listStories(db);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      // The demo's clock: the morning after the newest sample, so the output never changes.
      const newest = stories.reduce((m, s) => (s.lastPublished > m ? s.lastPublished : m), '');
      const now = new Date(`${newest.slice(0, 10)}T07:00:00Z`);
      now.setUTCDate(now.getUTCDate() + 1);
      const since = new Date(now.getTime() - 21 * 86_400_000);

      const out: string[] = [];
      const section = (title: string) => out.push('', `━━ ${title} ${'━'.repeat(Math.max(3, 72 - title.length))}`, '');
      out.push(`Newsdesk demo: ${report.added} sample articles from ${new Set(stories.flatMap((s) => s.articles.map((a) => a.source))).size} outlets → ${stories.length} stories (${seconds} s). Store: ${DEMO_DB}`);
      for (const f of report.items.filter((i) => i.status === 'failed')) out.push(`  ! ${f.input}: ${f.reason}`);

      section(`1. The briefing, as posted to a channel on ${now.toISOString().slice(0, 10)} (last 3 weeks)`);
      out.push(briefingToText(composeBriefing(db, { now, since, maxStories: 5 })));

      section(`2. Quote search: who said "${QUOTE_SEARCH}"?`);
      const quotes = searchQuotes(db, { search: QUOTE_SEARCH, limit: 5 });
      out.push(quotes.length ? quotes.map((q) => `“${q.text}”\n   — ${q.speaker ?? 'unattributed'}, ${q.source}, ${q.publishedAt.slice(0, 10)}  ${q.url ?? ''}`).join('\n') : 'No quotes found.');

      section(`3. Timeline: ${TIMELINE_OF}`);
      out.push(timelineToText(TIMELINE_OF, timeline(db, TIMELINE_OF, { limit: 12 })));

      const disputed = [...stories].sort((a, b) => b.discrepancies.length - a.discrepancies.length || b.sources - a.sources)[0];
      section(`4. One story across its sources, and where they disagree`);
      const details = disputed && storyDetails(db, disputed.id);
      out.push(details ? storyToText(details) : 'No stories.');

      out.push('', `Explore further: npm run -s newsdesk -- quotes --speaker Marchenko --db ${DEMO_DB}`, `                 npm run -s newsdesk -- stories --db ${DEMO_DB}`);
      io.out(out.join('\n'));
      return report.added > 0 ? 0 : 1;
    } finally {
      db.close();
    }
  },
} satisfies CliCommand;
