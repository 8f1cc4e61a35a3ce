import type { Db } from '../open.ts';
import { articles } from './001-articles.ts';
import { stories } from './002-stories.ts';
import { guilds } from './003-guilds.ts';
import { pageStates } from './004-page-states.ts';
import { rekeyAliases2026 } from './005-rekey-aliases.ts';

export type Migration = { name: string; up: (db: Db) => void };

/** Ordered; a migration's version is its position + 1. Never edit one that has shipped: append. */
export const migrations: readonly Migration[] = [articles, stories, guilds, pageStates, rekeyAliases2026];
