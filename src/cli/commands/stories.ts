import { listStories, type Story } from '../../db/stories.ts';
import { limitSchema, nonEmpty, opt } from '../args.ts';
import { emit, type CliCommand } from '../command.ts';

export default {
  name: 'stories',
  summary: 'list stories (articles grouped across sources) and where the sources disagree',
  usage: 'stories [--search WORDS] [--limit N] [--json]',
  options: { limit: { type: 'string' }, search: { type: 'string' } },
  async run(values, _positionals, io) {
    const stories = listStories(io.db(), { limit: opt(values, 'limit', limitSchema), query: opt(values, 'search', nonEmpty) });
    const data = stories.map((s) => ({
      id: s.id, title: s.title, firstPublished: s.firstPublished, lastPublished: s.lastPublished,
      articles: s.articles.map((a) => ({ id: a.id, source: a.source, title: a.title, url: a.url ?? undefined, publishedAt: a.publishedAt })),
      discrepancies: s.discrepancies.map((d) => ({ about: d.about, kind: d.kind, values: d.values.map((v) => ({ value: v.value, source: v.source, articleId: v.articleId })) })),
    }));
    emit(io, data, () => (stories.length ? stories.map(human).join('\n\n') : 'No stories yet: ingest some articles first.'));
    return 0;
  },
} satisfies CliCommand;

function human(s: Story): string {
  const lines = [`#${s.id} ${s.title}  (${s.articles.length} article${s.articles.length === 1 ? '' : 's'}, ${s.sources} source${s.sources === 1 ? '' : 's'})`];
  for (const a of s.articles) lines.push(`   ${a.publishedAt.slice(0, 10)}  ${a.source}: ${a.title}${a.url ? `  <${a.url}>` : ''}`);
  for (const d of s.discrepancies) lines.push(`   ⚠ ${d.about}: ${d.values.map((v) => `${v.value} (${v.source})`).join(' vs ')}`);
  return lines.join('\n');
}
