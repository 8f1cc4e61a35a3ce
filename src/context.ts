import type { Database } from 'better-sqlite3';
import type { Config } from './config.ts';
import type { Log } from './log.ts';

/** A clock the briefing and scheduler read, so tests can fix "now". */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

/** What every handler receives: no global containers. */
export type Context = { db: Database; log: Log; config: Config; clock: Clock };
