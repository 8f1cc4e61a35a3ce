import type { Doc } from './01-normalize.ts';
import type { Sentence } from './02-sentences.ts';
import type { QuoteKind } from './types.ts';

/**
 * Step 3 — find quoted spans (no speakers yet).
 *
 *   'The plan is "a historic reset," she said.'  → one span, text 'a historic reset,'
 *
 * Offsets are into doc.text; step 4 maps them to the original.
 */
export type RawQuote = { start: number; end: number; text: string; kind: QuoteKind; sentence: number };

export function findQuotes(doc: Doc, sentences: Sentence[]): RawQuote[] {
  const out: RawQuote[] = [];
  const re = /"([^"\n]{2,}?)"/g;
  for (const m of doc.text.matchAll(re)) {
    const start = m.index + 1;
    const end = start + m[1]!.length;
    const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
    out.push({ start, end, text: m[1]!, kind: 'direct', sentence });
  }
  return out;
}
