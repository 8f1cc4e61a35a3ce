import assert from 'node:assert/strict';
import { extract } from '../../src/extract/index.ts';

/**
 * Scoring a fictional article annotated with time expressions, TempEval-3 style: each annotated
 * expression is matched to the found date overlapping it most (≥ 50% of the shorter span), and its
 * value is right when, cut to the annotation's granularity, it equals the annotation.
 * Expressions marked 'gap' are wrong today: not asserted, but counted against the article's floor.
 */
export type Gold = [expression: string, value: string, status?: 'gap'];
export type DatedArticle = { published: string; text: string; gold: Gold[]; floor: number };

function score(article: DatedArticle) {
  const x = extract({ text: article.text, published: article.published });
  let pos = 0;
  return article.gold.map(([expr, value, status]) => {
    const re = new RegExp('(?<!\\w)' + expr.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '(?!\\w)', 'g');
    re.lastIndex = pos;
    const m = re.exec(article.text);
    assert.ok(m, `annotated expression not in text: ${expr}`);
    const start = m.index, end = start + expr.length;
    pos = end;
    let best: (typeof x.dates)[number] | undefined;
    let bestOverlap = 0;
    for (const d of x.dates) {
      const overlap = Math.min(end, d.end) - Math.max(start, d.start);
      if (overlap > 0 && overlap >= 0.5 * Math.min(end - start, d.end - d.start) && overlap > bestOverlap) { best = d; bestOverlap = overlap; }
    }
    const got = best?.value;
    const right = got !== undefined && got.length >= value.length && got.slice(0, value.length) === value;
    return { expr, value, status, got, right };
  });
}

export function check(article: DatedArticle) {
  const results = score(article);
  for (const r of results) {
    if (r.status === 'gap') continue;
    assert.ok(r.got !== undefined, `no date found for "${r.expr}" (want ${r.value})`);
    assert.equal(r.got.slice(0, r.value.length), r.value, `"${r.expr}" resolved to ${r.got}, want ${r.value}`);
  }
  const accuracy = results.filter((r) => r.right).length / results.length;
  assert.ok(accuracy >= article.floor, `value accuracy ${accuracy.toFixed(3)} fell below ${article.floor}`);
}
