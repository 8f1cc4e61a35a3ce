import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.ts';
import type { Db } from '../db/open.ts';
import type { Log } from '../log.ts';

/** A wrong invocation: exit code 2 and the command's usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type CliIo = {
  json: boolean;
  /** Opens (and migrates) the store on first use, from --db or NEWSDESK_DB. */
  db: () => Db;
  config: Config;
  log: Log;
  now: Date;
  /** stdout: the result only. Progress and logs go to stderr. */
  out: (text: string) => void;
  err: NodeJS.WriteStream;
};

export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code. */
  run: (values: Record<string, string | boolean | string[] | undefined>, positionals: string[], io: CliIo) => Promise<number>;
};

/** Print `data` as JSON with --json, else the human rendering. */
export function emit(io: CliIo, data: unknown, human: () => string): void {
  io.out(io.json ? JSON.stringify(data, null, 2) : human());
}
