import { listEvents } from '../../db/events.ts';
import { limitSchema, nonEmpty, opt, partialDateSchema } from '../args.ts';
import { emit, type CliCommand } from '../command.ts';

export default {
  name: 'events',
  summary: 'list dated events, oldest first, by entity and date range',
  usage: 'events [--entity NAME] [--from YYYY[-MM[-DD]]] [--to YYYY[-MM[-DD]]] [--limit N] [--json]',
  options: { entity: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' } },
  async run(values, _positionals, io) {
    const rows = listEvents(io.db(), {
      entity: opt(values, 'entity', nonEmpty), from: opt(values, 'from', partialDateSchema), to: opt(values, 'to', partialDateSchema),
      limit: opt(values, 'limit', limitSchema) ?? 50,
    });
    const data = rows.map((e) => ({
      id: e.id, date: e.date, summary: e.summary, actors: e.actors, place: e.place ?? undefined, articleId: e.articleId,
      source: e.source, url: e.url ?? undefined, storyId: e.storyId,
    }));
    emit(io, data, () => data.length === 0 ? 'No matching events.'
      : data.map((e) => `${(e.date ?? 'undated').padEnd(10)}  ${e.summary}\n            ${e.actors.join(', ') || '—'} · ${e.source}`).join('\n'));
    return 0;
  },
} satisfies CliCommand;
