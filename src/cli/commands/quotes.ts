import { searchQuotes } from '../../db/quotes.ts';
import { limitSchema, nonEmpty, opt } from '../args.ts';
import { emit, type CliCommand } from '../command.ts';

export default {
  name: 'quotes',
  summary: 'search stored quotes by words and/or speaker',
  usage: 'quotes [--search WORDS] [--speaker NAME] [--limit N] [--json]',
  options: { search: { type: 'string' }, speaker: { type: 'string' }, limit: { type: 'string' } },
  async run(values, positionals, io) {
    const search = opt(values, 'search', nonEmpty) ?? (positionals.length ? positionals.join(' ') : undefined);
    const rows = searchQuotes(io.db(), { search, speaker: opt(values, 'speaker', nonEmpty), limit: opt(values, 'limit', limitSchema) ?? 10 });
    const data = rows.map((q) => ({
      id: q.id, text: q.text, speaker: q.speaker, kind: q.kind, articleId: q.articleId, source: q.source,
      publishedAt: q.publishedAt, url: q.url ?? undefined, title: q.title, storyId: q.storyId,
    }));
    emit(io, data, () => data.length === 0 ? 'No matching quotes.'
      : data.map((q) => `“${q.text}”\n  — ${q.speaker ?? 'unattributed'}, ${q.source}, ${q.publishedAt.slice(0, 10)}${q.url ? `\n  ${q.url}` : ''}`).join('\n\n'));
    return 0;
  },
} satisfies CliCommand;
