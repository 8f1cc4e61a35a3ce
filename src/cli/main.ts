/**
 * `newsdesk <command>`: the command-line face of the store. With --json, stdout carries only
 * the JSON; logs and progress go to stderr. Exit codes: 0 ok, 1 failure, 2 usage error.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { migrate } from '../db/migrate.ts';
import { openDb, type Db } from '../db/open.ts';
import { createLog } from '../log.ts';
import { UsageError, type CliCommand, type CliIo } from './command.ts';
import { cliCommands } from './commands/index.ts';

const GLOBAL = { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(helpText());
    return name ? 0 : 2;
  }
  const command = cliCommands.find((c) => c.name === name);
  if (!command) return usageFail(`unknown command "${name}"`, helpText());

  let config: Config;
  try {
    config = loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return fail(e.message);
    throw e;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...GLOBAL, ...command.options }, allowPositionals: true, strict: true });
  } catch (e) {
    return usageFail((e as Error).message, `usage: newsdesk ${command.usage}\n`);
  }
  if (parsed.values.help) {
    process.stdout.write(`newsdesk ${command.name}: ${command.summary}\nusage: newsdesk ${command.usage}\n`);
    return 0;
  }
  const log = createLog(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  let db: Db | undefined;
  const io: CliIo = {
    json: Boolean(parsed.values.json),
    config,
    log,
    now: new Date(),
    out: (text) => process.stdout.write(`${text}\n`),
    err: process.stderr,
    db: () => {
      if (!db) {
        db = openDb((parsed.values.db as string | undefined) ?? config.NEWSDESK_DB);
        migrate(db);
      }
      return db;
    },
  };
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (e) {
    if (e instanceof UsageError) return usageFail(e.message, `usage: newsdesk ${command.usage}\n`);
    return fail(e instanceof Error ? `${e.message}` : String(e));
  } finally {
    db?.close();
  }
}

function helpText(): string {
  const width = Math.max(...cliCommands.map((c) => c.name.length));
  return [
    'usage: newsdesk <command> [options]   (global: --db PATH, --json, --help)',
    '',
    ...cliCommands.map((c: CliCommand) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The store is --db PATH, else NEWSDESK_DB, else data/newsdesk.db.',
    '',
  ].join('\n');
}

function usageFail(message: string, usage: string): number {
  process.stderr.write(`newsdesk: ${message}\n${usage}`);
  return 2;
}

function fail(message: string): number {
  process.stderr.write(`newsdesk: ${message}\n`);
  return 1;
}

process.exitCode = await runCli(process.argv.slice(2));
