/**
 * Quotes of one story grouped as one quote with its variants: the same speaker's words as
 * worded by different outlets (translations, trims) are one quote, not several.
 */
import { editDistanceAtMostOne, leaders, sameSurname, surname, surnameKeys, type Draft, type Sourced } from './match.ts';

export type StoryQuote = Sourced & { text: string; speaker: string | null; kind: string; url?: string | null; publishedAt?: string };
export type QuoteVariant = { text: string; source: string; articleId: number; url?: string | null; kind?: string };
export type QuoteWithVariants = { speaker: string | null; text: string; kind: string; variants: QuoteVariant[]; sources: number };

const FUNCTION_WORDS = new Set(`a an the of to and or in on at for by is are was were be been it its this that these those with as from
we i you they he she me my our us your him her his them their but not no so if just there what who which will would can could should
have has had do does did didn don doesn isn wasn won t s ll re ve d m very all about up out one`.split(/\s+/));
const quoteWords = (t: string) => new Set((t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length > 1 && !FUNCTION_WORDS.has(w)));
const normalised = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/** A name, not a description: 'Ana Ruiz' yes; 'a company spokesperson', 'the statement', 'Police' no. */
export const namedSpeaker = (s: string | null): boolean =>
  !!s && /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’.-]*)*\s+\p{Lu}[\p{Ll}'’-]+$/u.test(s.trim()) && s.trim().split(/\s+/).length <= 4;

/** At least three shared content words (all, if fewer), making up `share` of the shorter quote. */
function similarWording(a: Set<string>, b: Set<string>, share = 0.6): boolean {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const small = Math.min(a.size, b.size);
  return small > 0 && shared >= Math.min(3, small) && shared / small >= share;
}

/** Same speaker and overlapping wording (or the same words) → one quote. Most sources first, then story order. 'term' quotes are left out. */
export function groupQuotes(quotes: readonly StoryQuote[]): QuoteWithVariants[] {
  // Keys computed once per quote; only quotes with the same words or a similar speaker surname are compared.
  const items = quotes.filter((q) => q.kind !== 'term')
    .map((q) => ({ q, w: quoteWords(q.text), n: normalised(q.text), s: q.speaker ? surname(q.speaker) : '' }));
  const linked = (a: (typeof items)[number], b: (typeof items)[number]) =>
    a.n === b.n || (!!a.s && !!b.s && sameSurname(a.s, b.s) && similarWording(a.w, b.w));
  const keys = (x: (typeof items)[number]) => [`=${x.n}`, ...surnameKeys(x.s).map((k) => `@${k}`)];
  return leaders(items, linked, keys).map((g) => {
    const first = g[0]!.q;
    const named = g.map((x) => x.q.speaker).filter((s): s is string => !!s);
    const speaker = commonest(named.filter(namedSpeaker)) ?? named[0] ?? null;
    const variants = g.map(({ q }) => ({ text: q.text, source: q.source, articleId: q.articleId, url: q.url ?? null, kind: q.kind }));
    return { speaker, text: first.text, kind: first.kind, variants, sources: new Set(variants.map((v) => v.source.toLowerCase())).size };
  }).sort((a, b) => b.sources - a.sources || b.variants.length - a.variants.length);
}

/**
 * Really another wording: not a trim of the same words (one inside the other), not only a spelling
 * apart; word order counts ('We signed a contract' / 'A contract we have signed' is a translation).
 */
function reworded(a: string, b: string): boolean {
  const x = normalised(a);
  const y = normalised(b);
  if (x === y || x.includes(y) || y.includes(x) || sharedRun(x, y) >= 0.8) return false;
  const wa = quoteWords(a);
  const wb = quoteWords(b);
  if (!similarWording(wa, wb, 0.7)) return false;
  // A spelling variant ('destabilising' / 'destabilizing') is not other wording.
  const onlyA = [...wa].filter((w) => !wb.has(w));
  const onlyB = [...wb].filter((w) => !wa.has(w));
  const respelt = (w: string, others: string[]) => others.some((o) => w.length >= 5 && editDistanceAtMostOne(w, o));
  const onlyRespelt = onlyA.length > 0 && onlyA.length === onlyB.length && onlyA.every((w) => respelt(w, onlyB));
  return !onlyRespelt;
}

/**
 * One variant per article: the pieces of a quote split by its attribution ('"The minister has gone,"
 * he said, "but the budget…"') are one wording, not two. Pieces keep their story order.
 */
function perArticle(variants: readonly QuoteVariant[]): QuoteVariant[] {
  const byArticle = new Map<number, QuoteVariant>();
  for (const v of variants) {
    const seen = byArticle.get(v.articleId);
    if (!seen) byArticle.set(v.articleId, { ...v });
    else if (!normalised(seen.text).includes(normalised(v.text))) seen.text = `${seen.text.trim()} … ${v.text.trim()}`;
  }
  return [...byArticle.values()];
}

/** The longest run of the shorter text's words found as-is in the longer, as a share of the shorter (texts cut at different points). */
function sharedRun(x: string, y: string): number {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const words = short.split(' ').slice(0, 60);
  for (let k = words.length; k > 0; k--) {
    for (let i = 0; i + k <= words.length; i++) if (` ${long} `.includes(` ${words.slice(i, i + k).join(' ')} `)) return k / words.length;
    if (k / words.length < 0.8) break;
  }
  return 0;
}

/** A named speaker's quote worded differently by different sources (translation variants). */
export function quoteDisagreements(groups: readonly QuoteWithVariants[], max = 3): Draft[] {
  const drafts: Draft[] = [];
  for (const g of groups) {
    if (!namedSpeaker(g.speaker) || g.sources < 2 || g.kind !== 'direct') continue;
    // only verbatim wordings compare: a paraphrase around a quoted fragment ('mixed') is no wording of its own
    const vs = perArticle(g.variants.filter((v) => (v.kind ?? 'direct') === 'direct'));
    // only the wordings that differ from another source's wording of the same words are shown
    const involved = new Set<(typeof vs)[number]>();
    vs.forEach((a, i) => vs.slice(i + 1).forEach((b) => {
      if (a.source.toLowerCase() !== b.source.toLowerCase() && reworded(a.text, b.text)) involved.add(a).add(b);
    }));
    if (!involved.size) continue;
    const seen = new Set<string>();
    const values = vs.filter((v) => involved.has(v) && !seen.has(normalised(v.text)) && !!seen.add(normalised(v.text))).map((v) => ({ value: v.text, articleId: v.articleId }));
    drafts.push({ kind: 'quote', about: `Quote by ${g.speaker}`, values });
    if (drafts.length >= max) break;
  }
  return drafts;
}

/**
 * The spelling most sources use ('Oleksii Marchenko' ×2 over 'Oleksiy Marchenkko' ×1); on a tie the
 * fuller name ('Ana Ruiz' over 'Ruiz'), then the first source's.
 */
function commonest(names: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const words = (n: string) => n.split(/\s+/).length;
  return [...counts].sort((a, b) => b[1] - a[1] || words(b[0]) - words(a[0]))[0]?.[0];
}
