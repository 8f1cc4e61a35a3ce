import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, type Quote } from '../../src/extract/index.ts';
import { at, over, quoteOver, speakerShare, type Span } from './excerpts.ts';

/**
 * A fictional article of a speaker set, and the three checks each set runs on it:
 * `pass` holds only what passed when written (exact speaker and kind); `wrong` holds the quotes whose speaker was wrong
 * or missing (with the speakers that would count as right: '~x' accepts any speaker containing x), kept so that the
 * per-article floor measures the whole article; `noSpeaker` holds scare quotes, titles and chants that correctly got
 * no speaker (a chant — `true` — may go to the crowd).
 */
export type SpeakerArticle = {
  name: string;
  published: string;
  floor: number;
  text: string;
  pass: [string, string, string, number?][];
  wrong: [string, string[], number?][];
  /** an excerpt, or an excerpt and whether it is a chant (and which occurrence, 0-based) */
  noSpeaker: (string | [string, boolean] | [string, boolean, number])[];
};

const run = (a: SpeakerArticle) => extract({ text: a.text, published: a.published }).quotes;
/** A quoted span before an indirect one over the excerpt; with `tightest`, the tightest quoted span covering it (a saying inside a quote). */
function quoteAt(quotes: readonly Quote[], span: Span, tightest: boolean) {
  if (!tightest) return quoteOver(quotes, span, true);
  const [s, e] = span;
  const all = over(quotes, span);
  const quoted = all.filter((q) => q.kind !== 'indirect');
  const covering = quoted.filter((q) => q.start <= s && q.end >= e).sort((x, y) => x.end - x.start - (y.end - y.start));
  return covering[0] ?? quoted[0] ?? all[0];
}
const norm = (s: string) => s.toLowerCase().replace(/^(the|a|an|one) /, '').trim();
const accepted = (speaker: string | null, ok: string[]) =>
  speaker !== null && ok.some((a) => (a.startsWith('~') ? speaker.toLowerCase().includes(a.slice(1).toLowerCase()) : norm(a) === norm(speaker)));

export function checkSpeakerSet(articles: readonly SpeakerArticle[], { tightest = false } = {}): void {
  for (const a of articles) {
    test(`GIVEN ${a.name} WHEN extracted THEN each quote that passed keeps its exact speaker and kind`, () => {
      const quotes = run(a);
      for (const [excerpt, speaker, kind, occ] of a.pass) {
        const q = quoteAt(quotes, at(a.text, excerpt, occ), tightest);
        assert.ok(q, `no quote found over: ${excerpt}`);
        assert.equal(q.speaker, speaker, `speaker of: ${excerpt}`);
        assert.equal(q.kind, kind, `kind of: ${excerpt}`);
      }
    });
    if (a.noSpeaker.length) test(`GIVEN ${a.name} WHEN extracted THEN scare quotes, titles and chants that passed get no speaker`, () => {
      const quotes = run(a);
      for (const [excerpt, chant, occ] of a.noSpeaker.map((x) => (typeof x === 'string' ? [x, false, undefined] as const : x))) {
        for (const q of over(quotes, at(a.text, excerpt, occ)).filter((q) => q.kind !== 'indirect')) {
          const ok = q.speaker === null || (chant && /crowd|supporters|audience|protesters|demonstrators|marchers/i.test(q.speaker));
          assert.ok(ok, `${excerpt} got speaker ${q.speaker}`);
        }
      }
    });
    test(`GIVEN ${a.name} WHEN extracted THEN speaker accuracy over the found quotes is at least ${a.floor.toFixed(2)}`, () => {
      const quotes = run(a);
      const rows = [
        ...a.pass.map(([excerpt, speaker, , occurrence]) => ({ excerpt, occurrence, right: (s: string | null) => s === speaker })),
        ...a.wrong.map(([excerpt, ok, occurrence]) => ({ excerpt, occurrence, right: (s: string | null) => accepted(s, ok) })),
      ];
      const { found, right } = speakerShare(quotes, a.text, rows, true, (qs, span) => quoteAt(qs, span, tightest));
      assert.ok(found > 0 && right / found >= a.floor - 1e-9, `${right}/${found} below ${a.floor}`);
    });
  }
}

