import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export type PageArticle = { title: string | null; text: string; published: string | null };

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption';

/**
 * The main text of an article page (Readability), paragraphs separated by blank lines,
 * plus its title and publication date from the page's metadata when present.
 */
export function htmlToArticle(html: string): PageArticle {
  const { document } = parseHTML(html);
  const published = metaDate(document);
  const title = pageTitle(document);
  const parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  const text = parsed?.content ? blocksToText(parsed.content) : htmlFragmentToText(html);
  return { title: title ?? (parsed?.title?.trim() || null), text, published };
}

/** '<p>One</p><p>Two <b>x</b></p>' → 'One\n\nTwo x' (also for feed item bodies). */
export function htmlFragmentToText(fragment: string): string {
  return blocksToText(fragment);
}

function blocksToText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = (blocks.length ? blocks : [document.body]).map((el) => squash(el.textContent ?? '')).filter(Boolean);
  return parts.join('\n\n');
}

/** og:title, else the page's <h1> when the <title> contains it ("Repairs | Courier" → "Repairs"), else <title>. */
function pageTitle(document: ReturnType<typeof parseHTML>['document']): string | null {
  const og = meta(document, 'og:title');
  if (og) return og;
  const full = squash(document.querySelector('title')?.textContent ?? '');
  const h1 = squash(document.querySelector('h1')?.textContent ?? '');
  if (h1 && (!full || full.includes(h1))) return h1;
  return full || null;
}

const squash = (s: string) => s.replace(/[ \t\r\n\u00a0]+/g, ' ').trim();

function meta(document: ReturnType<typeof parseHTML>['document'], name: string): string | null {
  const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

function metaDate(document: ReturnType<typeof parseHTML>['document']): string | null {
  const candidates = [
    meta(document, 'article:published_time'), meta(document, 'datePublished'), meta(document, 'date'),
    meta(document, 'pubdate'), document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
  ];
  for (const ld of document.querySelectorAll('script[type="application/ld+json"]')) {
    const m = (ld.textContent ?? '').match(/"datePublished"\s*:\s*"([^"]+)"/);
    if (m) candidates.push(m[1]!);
  }
  for (const c of candidates) {
    if (c && !Number.isNaN(Date.parse(c))) return new Date(c).toISOString().slice(0, 10);
  }
  return null;
}
