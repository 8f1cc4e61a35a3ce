import { createHash } from 'node:crypto';

const TRACKING = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src|cmpid|ocid|smid|at_medium|at_campaign)$/i;

/**
 * The URL an article is known by: lower-case host, no fragment, no tracking parameters,
 * sorted query, no trailing slash. 'https://News.example/a/?utm_source=x#top' → 'https://news.example/a'
 */
export function canonicalUrl(raw: string): string {
  const u = new URL(raw);
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  for (const k of [...u.searchParams.keys()]) if (TRACKING.test(k)) u.searchParams.delete(k);
  u.searchParams.sort();
  let s = u.toString();
  if (u.pathname.length > 1 && s.endsWith('/') && !u.search) s = s.slice(0, -1);
  return s;
}

/** Hash of the text with case, quote styles and white space folded: the same article re-sent hashes the same. */
export function contentHash(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return createHash('sha256').update(folded).digest('hex');
}
