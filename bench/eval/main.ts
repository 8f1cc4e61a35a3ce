/**
 * `npm run eval`: measures extraction and clustering on the development halves in ../shared/eval
 * (see its README for the data and the scoring rules reproduced here). Exits 0 with a message
 * when the folder is absent. `npm run eval -- quotes dates` runs only those tasks.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evalQuotes } from './quotes.ts';
import { evalDates } from './dates.ts';
import { evalEvents } from './events.ts';
import { evalStories } from './stories.ts';

const dir = resolve(process.env.NEWSDESK_EVAL_DIR ?? resolve(import.meta.dirname, '../../../shared/eval'));
const tasks: Record<string, (dir: string) => Promise<void>> = {
  quotes: evalQuotes, dates: evalDates, events: evalEvents, stories: evalStories,
};

if (!existsSync(dir)) {
  console.log(`No evaluation data at ${dir}: nothing to measure. (Set NEWSDESK_EVAL_DIR to its folder.)`);
  process.exit(0);
}
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const [name, run] of Object.entries(tasks)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  await run(dir);
}
