import type { Doc } from '../01-normalize.ts';

/**
 * Pairs double quotation marks in one pass, telling openers from closers by their curly shape
 * or, for straight marks, by what is on either side.
 *
 *   'He said "no" and left.'                 → [{start: 9, end: 11}]
 *   '"First paragraph\n\n"Second one," she said.' → two pieces in one group (a quote over two paragraphs)
 *   '<tweet id="123">'  → nothing (an attribute value);  'a 6\'3" man' → nothing (inches)
 */
export type MarkSpan = { start: number; end: number; group: number; opensParagraph: boolean };
type Role = 'open' | 'close' | 'either' | 'skip' | 'attr';

const SPACE_BEFORE = /[\s(\[{\-\/]/;
const SPACE_AFTER = /[\s.,;:!?)\]}\-]/;

function roleOf(doc: Doc, i: number, inside: boolean): Role {
  const t = doc.text;
  const p = i > 0 ? t[i - 1]! : '\n';
  const n = i + 1 < t.length ? t[i + 1]! : '\n';
  if (p === '=') return 'attr';
  if (doc.open.has(i)) return 'open';
  if (doc.close.has(i)) return 'close';
  if (!inside && p >= '0' && p <= '9' && SPACE_AFTER.test(n)) return 'skip';
  const openish = SPACE_BEFORE.test(p);
  const closeish = SPACE_AFTER.test(n);
  if (openish && !closeish) return 'open';
  if (closeish && !openish) return 'close';
  return 'either';
}

export function pairQuoteMarks(doc: Doc): MarkSpan[] {
  const t = doc.text;
  const out: MarkSpan[] = [];
  let open = -1;
  let openAtPara = false;
  let openCurly = false;
  let nested = 0;
  let attr = false;
  let group = 0;
  let current = 0;
  let carry = -1; // the group of a quote left open at the end of the previous paragraph
  let paraStart = true;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i]!;
    if (ch === '\n') {
      if (open >= 0) {
        const end = trimEnd(t, open, i);
        if (end > open && !attr) { out.push({ start: open, end, group: current, opensParagraph: openAtPara }); carry = current; }
        open = -1;
      } else if (!paraStart) carry = -1;
      paraStart = true;
      continue;
    }
    if (paraStart && (ch === ' ' || ch === '\r')) continue;
    const atPara = paraStart;
    paraStart = false;
    if (ch !== '"') continue;
    let role = roleOf(doc, i, open >= 0);
    if (open < 0 && role === 'close' && atPara) role = 'open'; // '”Fear.' opening a paragraph
    const curly = doc.open.has(i) || doc.close.has(i);
    // “a "b" c”, "a “b” c" or “a “b” c” (a curly opener never closes)
    if (open >= 0 && role === 'open' && (curly !== openCurly || (curly && doc.open.has(i)))) { nested++; continue; }
    if (open >= 0 && nested > 0 && role !== 'open') { nested--; continue; }
    if (open < 0 || role === 'open' || role === 'attr') {
      if (role === 'close' || role === 'skip') continue;
      open = i + 1;
      openCurly = curly;
      nested = 0;
      openAtPara = atPara;
      attr = role === 'attr';
      current = atPara && carry >= 0 ? carry : ++group;
      carry = -1;
    } else {
      if (!attr && i > open) out.push({ start: open, end: i, group: current, opensParagraph: openAtPara });
      open = -1;
    }
  }
  if (open >= 0 && !attr) {
    const end = trimEnd(t, open, t.length);
    if (end > open) out.push({ start: open, end, group: current, opensParagraph: openAtPara });
  }
  return out;
}

function trimEnd(t: string, s: number, e: number): number {
  while (e > s && /\s/.test(t[e - 1]!)) e--;
  return e;
}

/**
 * Quotations in single marks outside double ones, told from apostrophes by what is around them.
 *
 *   "the minister's 'we will not yield' line"  → 'we will not yield' (the apostrophe in minister's is not an opener)
 *   "the students' books", "rock 'n' roll"     → nothing (no pair, or a single word)
 */
export function pairSingleMarks(doc: Doc, doubles: MarkSpan[], firstGroup: number): MarkSpan[] {
  const t = doc.text;
  const out: MarkSpan[] = [];
  let d = 0;
  let open = -1;
  let group = firstGroup;
  for (let i = t.indexOf("'"); i >= 0; i = t.indexOf("'", i + 1)) {
    while (d < doubles.length && doubles[d]!.end + 1 < i) d++;
    const inDouble = d < doubles.length && doubles[d]!.start - 1 <= i && i <= doubles[d]!.end;
    if (inDouble) { open = -1; continue; }
    const p = i > 0 ? t[i - 1]! : '\n';
    const n = i + 1 < t.length ? t[i + 1]! : '\n';
    const opener = (SPACE_BEFORE.test(p) || doc.open.has(i)) && /\p{L}/u.test(n);
    // "'It's the taxpayers' money,' Velde said": a plural possessive before a lower-case noun closes nothing
    const possessive = p === 's' && /^ \p{Ll}+[^'\n]{0,80}[.,!?]'/u.test(t.slice(i + 1, i + 100));
    const closer = /[\p{L}.,!?]/u.test(p) && (SPACE_AFTER.test(n) || n === '\n') && !possessive;
    if (open >= 0 && closer) {
      const text = t.slice(open, i);
      if (!text.includes('\n') && text.includes(' ')) out.push({ start: open, end: i, group: ++group, opensParagraph: false });
      open = -1;
    } else if (opener) open = i + 1;
    else if (n === '\n') open = -1;
  }
  return out;
}

/** Whether offset `at` is inside quotation marks opened after `from` (a sentence's start): '"He said X, Y' → true at Y. */
export function insideQuotes(text: string, from: number, at: number): boolean {
  const before = text.slice(from, at);
  const curly = (before.match(/\u201c/g)?.length ?? 0) - (before.match(/\u201d/g)?.length ?? 0);
  return curly > 0 || (!/[\u201c\u201d]/.test(before) && (before.match(/"/g)?.length ?? 0) % 2 === 1);
}
