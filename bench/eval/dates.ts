/**
 * Evaluation of dates on ../shared/eval/dates-dev.jsonl, scored as its README describes:
 * gold = DATE timexes with a calendar value; a prediction matches when the spans overlap by
 * ≥ 50% of the shorter; value right when, cut to the gold's granularity, it equals the gold.
 * `npm run eval -- dates --verbose` lists every miss and wrong value.
 */
import { join } from 'node:path';
import { normalize } from '../../src/extract/01-normalize.ts';
import { splitSentences } from '../../src/extract/02-sentences.ts';
import { findDates } from '../../src/extract/06-dates.ts';
import type { DateMention } from '../../src/extract/types.ts';
import { overlapShare, readJsonl, valueMatches } from './jsonl.ts';

type Timex = { text: string; start: number; end: number; type: string; value: string; relative: boolean };
type Doc = { id: string; published: string; text: string; timexes: Timex[] };

const CALENDAR = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;
const shape = (s: string) => s.toLowerCase().replace(/\d/g, '9').replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?/g, 'MON')
  .replace(/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/g, 'WD');

export async function evalDates(dir: string): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const docs = readJsonl<Doc>(join(dir, 'dates-dev.jsonl'));
  let gold = 0, found = 0, right = 0, relGold = 0, relFound = 0, relRight = 0;
  const missed = new Map<string, number>();
  const wrong = new Map<string, number>();
  const lines: string[] = [];
  for (const doc of docs) {
    const dates = datesOf(doc.text, doc.published);
    for (const t of doc.timexes) {
      if (t.type !== 'DATE' || !CALENDAR.test(t.value)) continue;
      gold++; if (t.relative) relGold++;
      const best = bestOverlap(t, dates);
      const ctx = doc.text.slice(Math.max(0, t.start - 50), t.end + 30).replace(/\s+/g, ' ');
      if (!best) {
        bump(missed, shape(t.text));
        lines.push(`MISS  ${doc.published} ${JSON.stringify(t.text)} ${t.value} | ${ctx}`);
        continue;
      }
      found++; if (t.relative) relFound++;
      if (valueMatches(best.value, t.value)) { right++; if (t.relative) relRight++; continue; }
      bump(wrong, shape(t.text));
      lines.push(`WRONG ${doc.published} ${JSON.stringify(t.text)} gold ${t.value} got ${best.value} (${JSON.stringify(best.text)}) | ${ctx}`);
    }
  }
  const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
  console.log(`dates: ${docs.length} docs, ${gold} gold calendar DATE timexes (${relGold} relative)`);
  console.log(`  span recall       ${pct(found, gold)}  (${found}/${gold})`);
  console.log(`  value accuracy    ${pct(right, found)}  (${right}/${found})`);
  console.log(`  relative accuracy ${pct(relRight, relFound)}  (${relRight}/${relFound}; recall ${pct(relFound, relGold)})`);
  console.log(`  missed by shape:  ${top(missed)}`);
  console.log(`  wrong by shape:   ${top(wrong)}`);
  if (verbose) for (const l of lines) console.log('  ' + l);
}

/** Only the steps dates need, so the measure does not hang on the other steps' state. */
function datesOf(text: string, published: string): DateMention[] {
  const d = normalize(text);
  return findDates(d, splitSentences(d), published);
}

function bestOverlap(t: Timex, dates: DateMention[]): DateMention | undefined {
  let best: DateMention | undefined;
  let bestShare = 0.5 - 1e-9;
  for (const d of dates) {
    const share = overlapShare(t, d);
    if (share > bestShare) { best = d; bestShare = share; }
  }
  return best;
}

const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}×${v}`).join(', ') || '-';
