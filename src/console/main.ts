import { createInterface } from 'node:readline/promises';
import { ConfigError, loadConfig } from '../config.ts';
import { systemClock } from '../context.ts';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open.ts';
import { commandSet } from '../discord/client.ts';
import { createLog } from '../log.ts';
import { HELP, ConsoleSession } from './session.ts';

/** `npm run console`: Newsdesk's commands in a terminal, no Discord connection. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) { console.error(e.message); process.exit(1); }
    throw e;
  }
  const log = createLog(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const db = openDb(config.NEWSDESK_DB);
  migrate(db);
  const session = new ConsoleSession({ db, log, config, clock: systemClock }, commandSet(), (t) => console.log(`${t}\n`));
  const rl = createInterface({
    input: process.stdin, output: process.stdout, prompt: 'newsdesk> ',
    completer: async (line: string): Promise<[string[], string]> => [await session.complete(line).catch(() => []), line],
  });
  console.log(`Newsdesk console — store: ${config.NEWSDESK_DB}. No Discord connection.\n${HELP}\n`);
  rl.prompt();
  for await (const line of rl) {
    if (!(await session.handle(line))) break;
    rl.prompt();
  }
  rl.close();
  db.close();
}

void main();
