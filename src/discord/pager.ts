import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import type { Context } from '../context.ts';
import { loadPageState, savePageState } from '../db/page-states.ts';

/** What a page button stands for: the command, who may page, which page, the query. */
export type PageState = { command: string; userId: string; page: number; args: string[] };
type Store = Pick<Context, 'db' | 'clock'>;

const PREFIX = 'pg';
const STORED = 'pgs';
export const CUSTOM_ID_MAX = 100;

/** The customId of a page whose state is stored server-side (page_states): 'pgs|42|2'. */
export const encodeStoredPage = (id: number, page: number) => `${STORED}|${id}|${page}`;

/** The inline form, the whole state in the customId: 'pg|quote|123|2|["words",""]'; undefined when over Discord's 100 characters. */
export function encodePage(s: PageState): string | undefined {
  const id = [PREFIX, s.command, s.userId, String(s.page), JSON.stringify(s.args)].join('|');
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** A page button's customId: the state itself (inline form), a reference to a stored state, or undefined. */
export function decodePage(customId: string): PageState | { ref: number; page: number } | undefined {
  const stored = /^pgs\|(\d+)\|(\d+)$/.exec(customId);
  if (stored) return { ref: Number(stored[1]), page: Number(stored[2]) };
  const [prefix, command, userId, page, ...rest] = customId.split('|');
  if (prefix !== PREFIX || !command || !userId || !page || !/^\d+$/.test(page)) return undefined;
  try {
    const args: unknown = JSON.parse(rest.join('|'));
    if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) return undefined;
    return { command, userId, page: Number(page), args };
  } catch {
    return undefined;
  }
}

/** The state behind a page button, reading a stored one from the database; undefined when unknown or expired. */
export function readPage(store: Store, customId: string): PageState | undefined {
  const decoded = decodePage(customId);
  if (!decoded || !('ref' in decoded)) return decoded;
  const stored = loadPageState(store.db, decoded.ref, store.clock());
  return stored && { ...stored, page: decoded.page };
}

/** The items of one page (page clamped into range) and how many pages there are. */
export function slicePage<T>(items: readonly T[], perPage: number, page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(p * perPage, (p + 1) * perPage), page: p, pages };
}

/**
 * ◀ n/N ▶ buttons; none when there is one page. The state goes inline when it fits in a customId,
 * else it is stored (page_states, kept 24 h from when last shown) and the buttons carry its id.
 */
export function pageButtons(store: Store, state: PageState, pages: number): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1) return [];
  const prevPage = Math.max(0, state.page - 1);
  const nextPage = Math.min(pages - 1, state.page + 1);
  let prev = encodePage({ ...state, page: prevPage });
  let next = encodePage({ ...state, page: nextPage });
  if (!prev || !next) {
    const id = savePageState(store.db, { command: state.command, userId: state.userId, args: state.args }, store.clock());
    prev = encodeStoredPage(id, prevPage);
    next = encodeStoredPage(id, nextPage);
  }
  if (prev === next) return [];
  const button = (custom_id: string, label: string, disabled: boolean): APIButtonComponent =>
    ({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id, label, disabled });
  return [{
    type: ComponentType.ActionRow,
    components: [button(prev, '◀ Previous', state.page === 0), button(next, 'Next ▶', state.page >= pages - 1)],
  }];
}
