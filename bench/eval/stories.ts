/**
 * Evaluation of stories on ../shared/eval/stories-dev.jsonl, scored as its README describes:
 * every article ingested (publication order) into a fresh database, then `listStories` compared
 * with the gold events by B-cubed and pairwise F1. NEWSDESK_EVAL_ORDER=shuffle ingests in a
 * fixed pseudo-random order instead; NEWSDESK_CLUSTER='{"threshold":0.25}' overrides parameters;
 * NEWSDESK_EVAL_CLUSTER_ONLY=1 skips extraction (fast sweeps; without lead dates the new-development rule,
 * clusterParams.laterDays, never applies); NEWSDESK_EVAL_VERBOSE=1 lists the split articles.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../src/db/migrate.ts';
import { openDb, type Db } from '../../src/db/open.ts';
import { listStories } from '../../src/db/stories.ts';
import { getArticle, insertArticle } from '../../src/db/articles.ts';
import { contentHash } from '../../src/ingest/identity.ts';
import { assignStory, clusterParams } from '../../src/stories/cluster.ts';

type Item = { id: string; event: string; source: string; published: string; title: string; text: string; url: string };
export type ClusterScores = { bcubedP: number; bcubedR: number; bcubedF1: number; pairF1: number };

/** B-cubed and pairwise scores of predicted vs gold labels (same keys). */
export function scoreClusters(gold: Map<string, string>, pred: Map<string, string>): ClusterScores {
  const groups = (m: Map<string, string>) => {
    const g = new Map<string, Set<string>>();
    for (const [k, c] of m) g.set(c, (g.get(c) ?? new Set()).add(k));
    return g;
  };
  const gg = groups(gold); const pg = groups(pred);
  let p = 0; let r = 0; let tp = 0; let predPairs = 0; let goldPairs = 0;
  for (const k of gold.keys()) {
    const gs = gg.get(gold.get(k)!)!; const ps = pg.get(pred.get(k)!)!;
    const both = [...ps].filter((x) => gs.has(x)).length;
    p += both / ps.size; r += both / gs.size;
    tp += both - 1; predPairs += ps.size - 1; goldPairs += gs.size - 1;
  }
  const n = gold.size;
  const f = (a: number, b: number) => (a + b ? (2 * a * b) / (a + b) : 0);
  const pp = predPairs ? tp / predPairs : 1; const pr = goldPairs ? tp / goldPairs : 1;
  return { bcubedP: p / n, bcubedR: r / n, bcubedF1: f(p / n, r / n), pairF1: f(pp, pr) };
}

function order(items: Item[]): Item[] {
  const sorted = [...items].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  if (process.env.NEWSDESK_EVAL_ORDER !== 'shuffle') return sorted;
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return sorted.map((x) => ({ x, k: rand() })).sort((a, b) => a.k - b.k).map((y) => y.x);
}

export async function evalStories(dir: string): Promise<void> {
  await measureStories(dir, { clusterOnly: !!process.env.NEWSDESK_EVAL_CLUSTER_ONLY });
}

/** One run; prints the scores (and, unless NEWSDESK_EVAL_QUIET, the worst merges and splits). */
export async function measureStories(dir: string, opts: { clusterOnly?: boolean } = {}): Promise<ClusterScores> {
  const ingest = opts.clusterOnly ? clusterOnly : await fullIngest();
  if (process.env.NEWSDESK_CLUSTER) Object.assign(clusterParams, JSON.parse(process.env.NEWSDESK_CLUSTER));
  const items = readFileSync(join(dir, 'stories-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Item);
  const tmp = mkdtempSync(join(tmpdir(), 'newsdesk-eval-'));
  const db = openDb(join(tmp, 'eval.db'));
  try {
    migrate(db);
    const articleOf = new Map<string, number>();
    const started = performance.now();
    for (const it of order(items)) {
      articleOf.set(it.id, ingest(db, it));
    }
    const ms = performance.now() - started;
    const storyOf = new Map<number, string>();
    const stories = listStories(db);
    for (const s of stories) for (const a of s.articles) storyOf.set(a.id, String(s.id));
    const gold = new Map(items.map((it) => [it.id, it.event]));
    const pred = new Map(items.map((it) => [it.id, storyOf.get(articleOf.get(it.id)!) ?? `none-${it.id}`]));
    const s = scoreClusters(gold, pred);
    const f = (x: number) => x.toFixed(3);
    console.log(`${items.length} articles, ${new Set(gold.values()).size} events → ${stories.length} stories (${(ms / items.length).toFixed(1)} ms/article)`);
    console.log(`B-cubed P ${f(s.bcubedP)} R ${f(s.bcubedR)} F1 ${f(s.bcubedF1)}; pairwise F1 ${f(s.pairF1)}`);
    if (!process.env.NEWSDESK_EVAL_QUIET) {
      report(items, gold, pred);
      const ds = stories.flatMap((st) => st.discrepancies.map((d) => ({ ...d, story: st.title })));
      const kinds = ['figure', 'role', 'date', 'quote'].map((k) => `${k} ${ds.filter((d) => d.kind === k).length}`).join(', ');
      console.log(`\nDisagreements: ${ds.length} (${kinds}) in ${stories.filter((st) => st.discrepancies.length).length} stories; a few:`);
      for (const d of ds.slice(0, Number(process.env.NEWSDESK_EVAL_SHOW ?? 12))) {
        console.log(`  - [${d.kind}] ${d.about.slice(0, 60)}: ${d.values.map((v) => `${v.value.slice(0, 50)} (${v.source})`).join(' vs ')}`);
      }
    }
    return s;
  } finally {
    db.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

type Ingest = (db: Db, it: Item) => number;
const record = (it: Item) => ({ source: it.source, url: it.url, title: it.title, published: it.published, text: `${it.title}\n\n${it.text}` });

/** The real path: storeArticle (extraction included). Imported late so clustering can be tuned while extraction is mid-edit. */
async function fullIngest(): Promise<Ingest> {
  const { storeArticle } = await import('../../src/ingest/store.ts');
  return (db, it) => storeArticle(db, record(it)).articleId;
}

/** Clustering alone, with an empty extraction: for fast parameter sweeps. */
const clusterOnly: Ingest = (db, it) => db.transaction(() => {
  const r = record(it);
  const id = insertArticle(db, { source: r.source, url: r.url, title: r.title, publishedAt: r.published, text: r.text, contentHash: contentHash(r.text) });
  assignStory(db, getArticle(db, id)!, { quotes: [], events: [], entities: [], dates: [], figures: [] });
  return id;
})();

function report(items: Item[], gold: Map<string, string>, pred: Map<string, string>): void {
  const byStory = new Map<string, Item[]>();
  for (const it of items) byStory.set(pred.get(it.id)!, [...(byStory.get(pred.get(it.id)!) ?? []), it]);
  const merges = [...byStory.values()].filter((l) => new Set(l.map((i) => gold.get(i.id))).size > 1);
  console.log(`\nMerges (stories mixing events): ${merges.length}`);
  for (const l of merges.slice(0, 8)) console.log(`  - ${[...new Set(l.map((i) => `${i.event}×${l.filter((j) => j.event === i.event).length}`))].join(' + ')}`);
  const byEvent = new Map<string, Item[]>();
  for (const it of items) byEvent.set(it.event, [...(byEvent.get(it.event) ?? []), it]);
  const splits = [...byEvent.entries()].map(([e, l]) => ({ e, parts: new Set(l.map((i) => pred.get(i.id))).size, l })).filter((x) => x.parts > 1)
    .sort((a, b) => b.parts - a.parts);
  console.log(`Splits (events over several stories): ${splits.length}`);
  for (const x of splits.slice(0, 10)) {
    const parts = new Map<string, string[]>();
    for (const i of x.l) parts.set(pred.get(i.id)!, [...(parts.get(pred.get(i.id)!) ?? []), `${i.published} ${i.title.slice(0, 50)}`]);
    console.log(`  - ${x.e}: ${[...parts.values()].map((p) => p.length).join('+')}`);
    if (process.env.NEWSDESK_EVAL_VERBOSE) for (const p of parts.values()) console.log(`      [${p.join(' | ')}]`);
  }
}
