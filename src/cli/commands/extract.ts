import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { extract } from '../../extract/index.ts';
import type { Extraction } from '../../extract/types.ts';
import { decodeFile } from '../../ingest/decode.ts';
import { htmlToArticle } from '../../ingest/html.ts';
import { dateSchema, opt } from '../args.ts';
import { emit, UsageError, type CliCommand } from '../command.ts';

type Result = Extraction | (Extraction & { file: string; error: string });

export default {
  name: 'extract',
  summary: 'print quotes, events, entities, dates and figures of files (stores nothing)',
  usage: 'extract <file>... [--published YYYY-MM-DD] --json',
  options: { published: { type: 'string' } },
  async run(values, files, io) {
    if (files.length === 0) throw new UsageError('give at least one file');
    const published = opt(values, 'published', dateSchema)?.slice(0, 10) ?? io.now.toISOString().slice(0, 10);
    const results: Result[] = [];
    for (const file of files) results.push(await extractFile(file, published));
    const failed = results.filter((r) => 'error' in r);
    for (const f of failed) io.log.error({ file: (f as { file: string }).file }, (f as { error: string }).error);
    const data = results.length === 1 ? results[0] : results;
    emit(io, data, () => results.map((r, i) => human(files[i]!, r)).join('\n\n'));
    return failed.length ? 1 : 0;
  },
} satisfies CliCommand;

async function extractFile(file: string, published: string): Promise<Result> {
  try {
    const raw = decodeFile(await readFile(file), file).text;
    const text = ['.html', '.htm'].includes(extname(file).toLowerCase()) ? htmlToArticle(raw).text : raw;
    return extract({ text, published });
  } catch (e) {
    const error = (e as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${file}` : e instanceof Error ? e.message : String(e);
    return { quotes: [], events: [], entities: [], dates: [], figures: [], file, error };
  }
}

function human(file: string, r: Result): string {
  if ('error' in r) return `${file}: ${r.error}`;
  return [
    `${file}`,
    `  quotes (${r.quotes.length}):`, ...r.quotes.map((q) => `    [${q.kind}] ${q.speaker ?? '?'}: "${q.text}"`),
    `  events (${r.events.length}):`, ...r.events.map((e) => `    ${e.date ?? '????'} ${e.actors.join(', ')} — ${e.summary}`),
    `  entities (${r.entities.length}):`, ...r.entities.map((e) => `    ${e.name} (${e.type})${e.aliases.length ? ` aka ${e.aliases.join(', ')}` : ''}`),
    `  dates (${r.dates.length}):`, ...r.dates.map((d) => `    "${d.text}" → ${d.value}`),
    `  figures (${r.figures.length}):`, ...r.figures.map((f) => `    "${f.text}" → ${f.value ?? '?'} ${f.unit}${f.about ? ` (${f.about})` : ''}`),
  ].join('\n');
}
