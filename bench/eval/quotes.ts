/**
 * Evaluation of quotes on ../shared/eval/quotes-dev.jsonl, scored as its README describes:
 * direct precision/recall at 50% and 80% overlap of the shorter span, speaker accuracy over matched
 * direct gold with a source, recall of all attributions, and an error breakdown.
 * `QUOTES_DUMP=file.txt npm run eval -- quotes` also writes every error with its context.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/extract/index.ts';
import type { Quote } from '../../src/extract/types.ts';

type Span = { text: string; start: number; end: number; coref?: string[] };
type Gold = { source: Span | null; cue: Span | null; content: Span & { parts?: [number, number][] }; direct: boolean };
type Article = { id: string; published: string; text: string; attributions: Gold[] };

const QUOTE_MARKS = /["\u201c\u201d\u00ab\u00bb]/;
const STOP = new Set(('a an the of and or to in on at for by with from as that this these those who which whom whose ' +
  'is was are were be been has have had s said says told according').split(' '));
const TITLES = new Set(('mr mrs ms miss dr prof sen senator rep representative gov governor president vice pres ' +
  'secretary minister prime chief spokesman spokeswoman spokesperson spokespeople aide aides official officials ' +
  'gen general lt col sgt capt adm judge justice mayor chairman chairwoman chair director leader candidate nominee ' +
  'campaign manager adviser advisor former then state republican democratic democrat gop u').split(' '));

const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP.has(w));
const PRONOUNS = new Set('he she they it i we you him her them his its their who which'.split(' '));

function overlap(p: { start: number; end: number }, g: Gold): number {
  const parts = g.content.parts ?? [[g.content.start, g.content.end]];
  let ov = 0, len = 0;
  for (const [s, e] of parts) { len += e - s; ov += Math.max(0, Math.min(e, p.end) - Math.max(s, p.start)); }
  return ov / Math.max(1, Math.min(len, p.end - p.start));
}

function isDirectPrediction(q: Quote, text: string): boolean {
  if (q.kind === 'direct' || q.kind === 'mixed' || q.kind === 'partial') return true;
  return QUOTE_MARKS.test(text.slice(q.start, q.end)) || QUOTE_MARKS.test(text[q.start - 1] ?? '') || QUOTE_MARKS.test(text[q.end] ?? '');
}

/** 'ok' or the reason the predicted speaker is wrong for this gold attribution. */
function judgeSpeaker(speaker: string | null, g: Gold, previous: Gold | undefined): string {
  if (!speaker) return 'null speaker';
  const sp = words(speaker);
  if (sp.length === 1 && PRONOUNS.has(sp[0]!)) return 'bare pronoun';
  if (sp.filter((w) => !TITLES.has(w)).length > 5) return 'too long';
  const src = words(g.source!.text);
  const srcNames = src.filter((w) => !TITLES.has(w));
  const target = new Set(srcNames.length ? srcNames : src);
  for (const m of g.source!.coref ?? []) for (const w of m.split(/[^\p{L}\p{N}]+/u)) if (/^\p{Lu}/u.test(w) && !STOP.has(w.toLowerCase()) && !TITLES.has(w.toLowerCase())) target.add(w.toLowerCase());
  const bare = src.length === 0 || (src.length === 1 && PRONOUNS.has(src[0]!));
  if (bare && !(g.source!.coref ?? []).length && previous?.source) for (const w of words(previous.source.text)) target.add(w);
  if (sp.some((w) => target.has(w))) return 'ok';
  const usable = [...target].some((w) => !PRONOUNS.has(w) && w !== 'my' && w !== 'me');
  return bare ? (usable ? 'wrong (gold is a pronoun)' : 'wrong (gold is a pronoun with no usable name: unwinnable)') : 'wrong name';
}

export async function evalQuotes(dir: string): Promise<void> {
  const articles = readFileSync(join(dir, 'quotes-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Article);
  const c = { pred: 0, tp50: 0, tp80: 0, gold: 0, rec50: 0, rec80: 0, all: 0, allRec: 0, spk: 0, spkOk: 0, unscoreable: 0, t: 0, chars: 0 };
  const errors = new Map<string, string[]>();
  const byPath = new Map<string, { n: number; ok: number }>();
  const note = (kind: string, line: string) => { const l = errors.get(kind) ?? []; l.push(line); errors.set(kind, l); };
  for (const a of articles) {
    const t0 = performance.now();
    const preds = extract({ text: a.text, published: a.published }).quotes;
    c.t += performance.now() - t0; c.chars += a.text.length;
    const ctx = (s: number, e: number) => `${a.text.slice(Math.max(0, s - 80), s)}[[${a.text.slice(s, e)}]]${a.text.slice(e, e + 60)}`.replace(/\n/g, '⏎');
    const direct = preds.filter((q) => isDirectPrediction(q, a.text));
    const golds = a.attributions;
    for (const p of direct) {
      c.pred++;
      const best = Math.max(0, ...golds.map((g) => overlap(p, g)));
      if (best >= 0.5) c.tp50++; else note(`false positive (${p.kind})`, `${a.id}: ${ctx(p.start, p.end)}`);
      if (best >= 0.8) c.tp80++;
    }
    let previous: Gold | undefined;
    for (const g of golds) {
      c.all++;
      if (preds.some((p) => overlap(p, g) >= 0.5)) c.allRec++;
      else if (!g.direct) note('missed indirect', `${a.id}: ${g.source?.text ?? '-'} / ${g.cue?.text ?? '-'} :: ${ctx(g.content.start, g.content.end)}`);
      if (g.direct) {
        c.gold++;
        const scored = direct.map((p) => ({ p, ov: overlap(p, g) })).sort((x, y) => y.ov - x.ov);
        const best = scored[0];
        if (best && best.ov >= 0.8) c.rec80++;
        if (best && best.ov >= 0.5) {
          c.rec50++;
          if (g.source) {
            c.spk++;
            const verdict = judgeSpeaker(best.p.speaker, g, previous);
            const path = `${best.p.kind}/${best.p.cue ? (/^[a-z]+ing$/.test(best.p.cue) ? '-ing cue' : best.p.cue.length < 2 ? `'${best.p.cue}' cue` : 'verb cue') : 'no cue'}`;
            const b = byPath.get(path) ?? { n: 0, ok: 0 };
            b.n++;
            if (verdict === 'ok') b.ok++;
            byPath.set(path, b);
            if (verdict.endsWith('unwinnable)')) c.unscoreable++;
            if (verdict === 'ok') c.spkOk++;
            else note(`speaker: ${verdict}`, `${a.id}: [${path}] got ${JSON.stringify(best.p.speaker)} want ${JSON.stringify(g.source.text)} ${JSON.stringify(g.source.coref ?? [])} :: ${ctx(g.content.start, g.content.end)}`);
          }
        } else note('missed direct', `${a.id}: ${ctx(g.content.start, g.content.end)}`);
      }
      if (g.source) previous = g;
    }
  }
  const f = (x: number) => x.toFixed(3);
  const f1 = (p: number, r: number) => f((2 * p * r) / Math.max(1e-9, p + r));
  const [p50, r50, p80, r80] = [c.tp50 / c.pred, c.rec50 / c.gold, c.tp80 / c.pred, c.rec80 / c.gold];
  console.log(`direct @50%: P ${f(p50)} R ${f(r50)} F1 ${f1(p50, r50)}   (${c.pred} predicted, ${c.gold} gold)`);
  console.log(`direct @80%: P ${f(p80)} R ${f(r80)} F1 ${f1(p80, r80)}`);
  console.log(`speaker accuracy: ${f(c.spkOk / c.spk)} (${c.spkOk}/${c.spk})`);
  // a gold source that is a bare pronoun whose coreference names nobody cannot be matched by any speaker
  console.log(`  where the gold names someone: ${f(c.spkOk / (c.spk - c.unscoreable))} (${c.spkOk}/${c.spk - c.unscoreable}; ${c.unscoreable} gold sources are pronouns naming nobody)`);
  console.log(`all attributions recall @50%: ${f(c.allRec / c.all)} (${c.allRec}/${c.all})`);
  console.log(`speed: ${((articles.length / c.t) * 1000).toFixed(0)} articles/s (${((c.chars / c.t) * 1000 / 1e6).toFixed(2)} MB/s)`);
  console.log('speaker accuracy by quote kind / how it was attributed:');
  for (const [path, b] of [...byPath].sort((x, y) => y[1].n - x[1].n)) console.log(`  ${String(b.n).padStart(5)}  ${f(b.ok / b.n)}  ${path}`);
  console.log('errors:');
  for (const [kind, list] of [...errors].sort((x, y) => y[1].length - x[1].length)) console.log(`  ${String(list.length).padStart(5)}  ${kind}`);
  const dump = process.env.QUOTES_DUMP;
  if (dump) writeFileSync(dump, [...errors].map(([k, l]) => `#### ${k}\n${l.join('\n')}`).join('\n\n'));
}
