/**
 * `npm run bench`: speed of the extraction recipe and of storing, on a seeded synthetic corpus
 * (bench/synth/corpus.ts) of 1,000 articles of ~1,000 words. Reports articles/s of extract()
 * on one core, time per step, peak RSS, the ×10-length scaling ratio (≈10 when linear, overall
 * and per step) and storeArticle() into a temp SQLite file. Writes bench/results/latest.json.
 *
 *   npm run bench -- --articles 200 --store 50 --store-budget-ms 20000   (a quicker run)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { normalize } from '../src/extract/01-normalize.ts';
import { splitSentences } from '../src/extract/02-sentences.ts';
import { findQuotes } from '../src/extract/03-quotes.ts';
import { attributeSpeakers } from '../src/extract/04-speakers.ts';
import { findEntities } from '../src/extract/05-entities.ts';
import { findDates } from '../src/extract/06-dates.ts';
import { findEvents } from '../src/extract/07-events.ts';
import { findFigures } from '../src/extract/08-figures.ts';
import { extract } from '../src/extract/index.ts';
import { migrate } from '../src/db/migrate.ts';
import { openDb } from '../src/db/open.ts';
import { storeArticle } from '../src/ingest/store.ts';
import { lengthened, rng, syntheticArticle, type SyntheticArticle } from './synth/corpus.ts';

const argValue = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = argValue('--articles', 1000);
const STORE_N = Math.min(N, argValue('--store', 200));
const STORE_BUDGET_MS = argValue('--store-budget-ms', 60_000);

const r = rng(20260312);
const corpus = Array.from({ length: N }, () => syntheticArticle(r, 1000));
const words = corpus.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / N;

// Warm up the JIT so the first articles do not count compilation.
for (const a of corpus.slice(0, 30)) extract({ text: a.text, published: a.published, title: a.title });

const t0 = performance.now();
for (const a of corpus) extract({ text: a.text, published: a.published, title: a.title });
const extractMs = performance.now() - t0;

const steps = stepTimes(corpus);
const scaling = scalingCheck(corpus[0]!);
const store = storeTimes(corpus.slice(0, STORE_N));

const results = {
  when: new Date().toISOString(),
  node: process.version,
  corpus: { articles: N, wordsPerArticle: Math.round(words), seed: 20260312 },
  extract: { articlesPerSecond: round(N / (extractMs / 1000)), msPerArticle: round(extractMs / N, 3), target: 200 },
  stepsMsPerArticle: steps,
  scaling,
  store,
  peakRssMB: round(process.resourceUsage().maxRSS / 1024),
};
const dir = resolve(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), JSON.stringify(results, null, 2) + '\n');
console.log(JSON.stringify(results, null, 2));

/** The recipe of src/extract/index.ts, step by step, timing each. */
function stepTimes(articles: SyntheticArticle[]): Record<string, number> {
  const t: Record<string, number> = { normalize: 0, sentences: 0, entities: 0, quotes: 0, speakers: 0, dates: 0, figures: 0, events: 0 };
  const time = <T>(k: string, f: () => T): T => { const s = performance.now(); const v = f(); t[k]! += performance.now() - s; return v; };
  for (const a of articles) runSteps(a, time);
  for (const k of Object.keys(t)) t[k] = round(t[k]! / articles.length, 3);
  return t;
}

function runSteps(a: SyntheticArticle, time: <T>(k: string, f: () => T) => T): void {
  const doc = time('normalize', () => normalize(a.text));
  const sentences = time('sentences', () => splitSentences(doc));
  const entities = time('entities', () => findEntities(doc, sentences));
  const raw = time('quotes', () => findQuotes(doc, sentences));
  time('speakers', () => attributeSpeakers(doc, sentences, raw, entities));
  const dates = time('dates', () => findDates(doc, sentences, a.published));
  time('figures', () => findFigures(doc, sentences));
  time('events', () => findEvents(doc, sentences, { entities, dates, published: a.published }));
}

/**
 * Time per call of one article and of the same article ten times longer: ≈10 when linear.
 * The two are measured in alternation, nine rounds, and the median ratio is reported, so that
 * load from other processes on the shared machine hits both sides alike.
 */
function scalingCheck(a: SyntheticArticle) {
  const long = lengthened(a, 10);
  const short: Record<string, number> = {};
  const tall: Record<string, number> = {};
  const ratios: number[] = [];
  let sumShort = 0, sumTall = 0;
  for (let round = 0; round < 9; round++) {
    const x1 = timeSteps(a, 20, short);
    const x10 = timeSteps(long, 2, tall);
    ratios.push(x10 / x1);
    sumShort += x1; sumTall += x10;
  }
  const byStep: Record<string, number> = {};
  for (const k of Object.keys(short)) byStep[k] = round(tall[k]! / 2 / Math.max(short[k]! / 20, 1e-6), 1);
  return { msX1: round(sumShort / 9, 3), msX10: round(sumTall / 9, 3), ratio: round(ratios.sort((p, q) => p - q)[4]!, 2), ratioByStep: byStep };
}

/** Runs the steps `reps` times, adding each step's time to `into`; returns ms per run. */
function timeSteps(a: SyntheticArticle, reps: number, into: Record<string, number>): number {
  const time = <T>(k: string, f: () => T): T => { const s = performance.now(); const v = f(); into[k] = (into[k] ?? 0) + performance.now() - s; return v; };
  const s = performance.now();
  for (let i = 0; i < reps; i++) runSteps(a, time);
  return (performance.now() - s) / reps;
}

/** storeArticle() (validation, extraction, one transaction) into a fresh temp SQLite file. */
function storeTimes(articles: SyntheticArticle[]) {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  const db = openDb(join(dir, 'bench.db'));
  try {
    migrate(db);
    // Stops after STORE_BUDGET_MS so a store that slows down as it grows still reports.
    const each: number[] = [];
    const began = performance.now();
    for (const [i, a] of articles.entries()) {
      if (performance.now() - began > STORE_BUDGET_MS) break;
      const s = performance.now();
      storeArticle(db, { source: `source-${i % 7}`, url: `https://news.example/${i}`, title: a.title, published: a.published, text: a.text });
      each.push(performance.now() - s);
    }
    const ms = each.reduce((x, y) => x + y, 0);
    const tenth = Math.max(1, Math.floor(each.length / 10));
    const mean = (xs: number[]) => round(xs.reduce((x, y) => x + y, 0) / xs.length, 3);
    // a growing store should not make each article slower: compare the first and last tenth
    return {
      articles: each.length, budgetMs: STORE_BUDGET_MS, msPerArticle: round(ms / each.length, 3), articlesPerSecond: round(each.length / (ms / 1000)),
      msFirstTenth: mean(each.slice(0, tenth)), msLastTenth: mean(each.slice(-tenth)),
    };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(x: number, digits = 1): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}
