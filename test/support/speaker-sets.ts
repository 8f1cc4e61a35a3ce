import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';
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
  noSpeaker: [string, boolean][];
};

const run = (a: SpeakerArticle) => extract({ text: a.text, published: a.published }).quotes;
type Quotes = ReturnType<typeof run>;
const quoteAt = (quotes: Quotes, span: Span) => quoteOver(quotes, span, true); // a quoted span before an indirect one
const norm = (s: string) => s.toLowerCase().replace(/^(the|a|an|one) /, '').trim();
const accepted = (speaker: string | null, ok: string[]) =>
  speaker !== null && ok.some((a) => (a.startsWith('~') ? speaker.toLowerCase().includes(a.slice(1).toLowerCase()) : norm(a) === norm(speaker)));

export function checkSpeakerSet(articles: readonly SpeakerArticle[]): void {
  for (const a of articles) {
    test(`GIVEN ${a.name} WHEN extracted THEN each quote that passed keeps its exact speaker and kind`, () => {
      const quotes = run(a);
      for (const [excerpt, speaker, kind, occ] of a.pass) {
        const q = quoteAt(quotes, at(a.text, excerpt, occ));
        assert.ok(q, `no quote found over: ${excerpt}`);
        assert.equal(q.speaker, speaker, `speaker of: ${excerpt}`);
        assert.equal(q.kind, kind, `kind of: ${excerpt}`);
      }
    });
    test(`GIVEN ${a.name} WHEN extracted THEN scare quotes, titles and chants that passed get no speaker`, () => {
      const quotes = run(a);
      for (const [excerpt, chant] of a.noSpeaker) {
        for (const q of over(quotes, at(a.text, excerpt)).filter((q) => q.kind !== 'indirect')) {
          const ok = q.speaker === null || (chant && /crowd|supporters|audience/i.test(q.speaker));
          assert.ok(ok, `${excerpt} got speaker ${q.speaker}`);
        }
      }
    });
    test(`GIVEN ${a.name} WHEN extracted THEN speaker accuracy over the found quotes is at least ${a.floor.toFixed(2)}`, () => {
      const quotes = run(a);
      const { found, right } = speakerShare(quotes, a.text, [
        ...a.pass.map(([excerpt, speaker, , occurrence]) => ({ excerpt, occurrence, right: (s: string | null) => s === speaker })),
        ...a.wrong.map(([excerpt, ok, occurrence]) => ({ excerpt, occurrence, right: (s: string | null) => accepted(s, ok) })),
      ], true);
      assert.ok(found > 0 && right / found >= a.floor - 1e-9, `${right}/${found} below ${a.floor}`);
    });
  }
}
