/** One–two sentence extractive summaries of a story, from its articles' opening sentences. */
import { normalize } from '../extract/01-normalize.ts';
import { words } from '../stories/terms.ts';

export type SummaryArticle = { id: number; title: string; text: string };

const MAX_CHARS = 320;

/** Sentences of a text's opening (first `limit`), line breaks ending sentences too. Abbreviations keep 'Mr. Ruiz' whole. */
export function leadSentences(text: string, limit = 6): string[] {
  const out: string[] = [];
  // 'PORT AVERIN, Nov 10 (Meridian Wire) - ' opens the wire's lead; a summary starts after it.
  const dateline = normalize(text.slice(0, 400)).dateline;
  const body = dateline ? text.slice(0, dateline.start) + text.slice(dateline.end) : text;
  for (const line of body.split(/\n+/)) {
    const parts = line.match(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g) ?? [];
    let buf = '';
    for (const p of parts) {
      buf += p;
      if (/\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Jr|Prof|No|U\.S|U\.K|[A-Z])\.$/.test(buf.trim())) continue;
      if (buf.trim()) out.push(buf.trim());
      buf = '';
      if (out.length >= limit) return out;
    }
    if (buf.trim()) out.push(buf.trim());
    if (out.length >= limit) return out;
  }
  return out;
}

/** A sentence worth showing: long enough, mostly words, not a byline, dateline or the title again. */
function usable(s: string, titles: ReadonlySet<string>): boolean {
  if (s.length < 40 || s.length > 400) return false;
  if (!/[.!?]["'”’)]*$/.test(s)) return false;
  if (/\b(updated|published|copyright|subscribe|click|photo|image)\b/i.test(s) && s.length < 90) return false;
  return !titles.has(s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
}

/**
 * The opening sentences most typical of the story: each candidate sentence scored by how many
 * of the story's frequent words it carries (shared across articles), earlier sentences preferred.
 * The best one, plus the next sentence of its article when both fit in ~320 characters.
 */
export function summarise(articles: readonly SummaryArticle[]): string {
  const titles = new Set(articles.map((a) => a.title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()));
  const df = new Map<string, number>();
  for (const a of articles) for (const w of new Set(words(`${a.title} ${leadSentences(a.text).join(' ')}`))) df.set(w, (df.get(w) ?? 0) + 1);
  let best: { score: number; sentences: string[]; index: number } | undefined;
  for (const a of articles) {
    const sentences = leadSentences(a.text).filter((s) => usable(s, titles));
    sentences.forEach((s, index) => {
      const ws = new Set(words(s));
      const weight = [...ws].reduce((n, w) => n + (df.get(w) ?? 0), 0) / Math.sqrt(ws.size + 4);
      const score = weight / (1 + index * 0.25);
      if (!best || score > best.score) best = { score, sentences, index };
    });
  }
  if (!best) return articles[0] ? firstWords(articles[0].text) : '';
  const first = best.sentences[best.index]!;
  const next = best.sentences[best.index + 1];
  return next && first.length + next.length + 1 <= MAX_CHARS ? `${first} ${next}` : first;
}

const firstWords = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').slice(0, 40).join(' ');
