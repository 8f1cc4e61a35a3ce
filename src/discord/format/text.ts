import { safeText } from '../../briefing/limits.ts';

/** '2026-03-14' or an ISO date-time → '14 Mar 2026'; partial dates ('2026-03', '2026') as given. */
export function shortDate(iso: string | null): string {
  if (!iso) return 'undated';
  if (!/^\d{4}-\d{2}-\d{2}/.test(iso)) return iso;
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A Markdown link to an article that cannot break out of its parentheses; plain label when no URL. */
export function link(label: string, url: string | null, max = 120): string {
  const text = safeText(label, max);
  if (!url || !/^https?:\/\//.test(url)) return text;
  return `[${text}](${url.replace(/[()\s]/g, (c) => encodeURIComponent(c))})`;
}

export const pageFooter = (page: number, pages: number, total: number, noun: string): string =>
  `${total} ${noun}${total === 1 ? '' : 's'}${pages > 1 ? ` · page ${page + 1}/${pages}` : ''}`;
