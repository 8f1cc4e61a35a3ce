import assert from 'node:assert/strict';

/**
 * Finding a quote by an excerpt of the article, for the fictional article sets.
 *
 *   quoteOver(quotes, at(text, 'We will not yield')) → the quote covering those words
 */
export type Span = readonly [number, number];
type Located = { start: number; end: number; kind: string };

/** Where the `occurrence`-th copy of `excerpt` stands in `text` (it must be there). */
export function at(text: string, excerpt: string, occurrence = 0): Span {
  let pos = -1;
  for (let i = 0; i <= occurrence; i++) pos = text.indexOf(excerpt, pos + 1);
  assert.ok(pos >= 0, `excerpt not in article: ${excerpt}`);
  return [pos, pos + excerpt.length];
}

/** The quotes overlapping the span. */
export const over = <Q extends Located>(quotes: readonly Q[], [s, e]: Span): Q[] => quotes.filter((q) => q.start < e && q.end > s);

/** The quote over the span; with `quotedFirst`, a direct/partial/mixed one wins over an indirect span that merely contains it. */
export function quoteOver<Q extends Located>(quotes: readonly Q[], span: Span, quotedFirst = false): Q | undefined {
  const all = over(quotes, span);
  return (quotedFirst ? all.find((q) => q.kind !== 'indirect') : undefined) ?? all[0];
}

/** One quote a set expects: where it is, and which speakers count as right. */
export type Expected = { excerpt: string; occurrence?: number | undefined; right: (speaker: string | null) => boolean };

/** How many expected quotes were found, and how many of those have a right speaker (for the per-article floors). */
export function speakerShare<Q extends Located & { speaker: string | null }>(quotes: readonly Q[], text: string, expected: readonly Expected[], quotedFirst = false,
  pick: (quotes: readonly Q[], span: Span) => Q | undefined = (qs, span) => quoteOver(qs, span, quotedFirst)) {
  let found = 0;
  let right = 0;
  for (const e of expected) {
    const q = pick(quotes, at(text, e.excerpt, e.occurrence));
    if (q) found++;
    if (q && e.right(q.speaker)) right++;
  }
  return { found, right };
}
