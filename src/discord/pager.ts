import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';

/** What a page button carries in its customId: the command, who may page, which page, the query. */
export type PageState = { command: string; userId: string; page: number; args: string[] };

const PREFIX = 'pg';
export const CUSTOM_ID_MAX = 100;

/** 'pg|quote|123|2|["words",""]', or undefined when the state does not fit Discord's 100 characters. */
export function encodePage(s: PageState): string | undefined {
  const id = [PREFIX, s.command, s.userId, String(s.page), JSON.stringify(s.args)].join('|');
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

export function decodePage(customId: string): PageState | undefined {
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

/** The items of one page (page clamped into range) and how many pages there are. */
export function slicePage<T>(items: readonly T[], perPage: number, page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(p * perPage, (p + 1) * perPage), page: p, pages };
}

/** ◀ n/N ▶ buttons; none when there is one page or the state is too long to carry. */
export function pageButtons(state: PageState, pages: number): APIActionRowComponent<APIButtonComponent>[] {
  if (pages <= 1) return [];
  const prev = encodePage({ ...state, page: Math.max(0, state.page - 1) });
  const next = encodePage({ ...state, page: Math.min(pages - 1, state.page + 1) });
  if (!prev || !next || prev === next) return [];
  const button = (custom_id: string, label: string, disabled: boolean): APIButtonComponent =>
    ({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id, label, disabled });
  return [{
    type: ComponentType.ActionRow,
    components: [button(prev, '◀ Previous', state.page === 0), button(next, 'Next ▶', state.page >= pages - 1)],
  }];
}
