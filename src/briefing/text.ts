/** Plain-text renderings for the terminal: the briefing laid out the way Discord shows it. */
import type { Disagreement } from '../db/stories.ts';
import { oneLine, truncateAtWord } from './limits.ts';
import type { Briefing, BriefingStory } from './compose.ts';
import { formatWhen, quoteReach, valuesWithSources } from './render.ts';

const indent = (text: string, pad = '   ') => text.split('\n').map((l) => (l ? pad + l : l)).join('\n');

/** Wrap at `width` columns on word boundaries. */
export function wrap(text: string, width = 88): string {
  const lines: string[] = [];
  let line = '';
  for (const w of oneLine(text).split(' ')) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

export const disagreementText = (d: Disagreement): string =>
  `⚠ ${truncateAtWord(oneLine(d.about), 120)}: ${valuesWithSources(d).map((v) => `${oneLine(v.value)} (${v.sources.join(', ')})`).join(' vs ')}`;

export function storyToText(s: BriefingStory, n?: number): string {
  const head = `${n === undefined ? '' : `${n}. `}${oneLine(s.title)}${s.isNew ? '' : '  [seen before]'}`;
  const out = [head, indent(`${s.sourceCount} source${s.sourceCount === 1 ? '' : 's'} · ${s.articleCount} article${s.articleCount === 1 ? '' : 's'} · ${formatWhen(s.lastPublished.slice(0, 10))}`)];
  if (s.summary) out.push(indent(wrap(truncateAtWord(oneLine(s.summary), 900))));
  if (s.events.length) out.push(indent(['Key dates:', ...s.events.map((e) => `  • ${e.date} — ${truncateAtWord(oneLine(e.summary), 160)}`)].join('\n')));
  for (const q of s.quotes) {
    out.push(indent(wrap(`🗣 “${truncateAtWord(oneLine(q.text), 400)}” — ${q.speaker}, ${q.source}${quoteReach(q)}`)));
  }
  for (const d of s.disagreements) out.push(indent(wrap(disagreementText(d))));
  out.push(indent(['Sources:', ...s.sources.map((a) => `  - ${a.source}: ${oneLine(a.title)}${a.url ? ` <${a.url}>` : ''}`)].join('\n')));
  return out.join('\n');
}

export function briefingToText(b: Briefing): string {
  const about = b.topic ? ` about "${b.topic}"` : '';
  const count = b.stories.length === b.matched ? `${b.stories.length}` : `top ${b.stories.length} of ${b.matched}`;
  const head = `📰 News briefing${about} — ${count} stor${b.matched === 1 ? 'y' : 'ies'} since ${formatWhen(b.since)} (as of ${formatWhen(b.now)})`;
  if (b.stories.length === 0) return `${head}\n\nNothing new.`;
  return [head, ...b.stories.map((s, i) => storyToText(s, i + 1))].join('\n\n');
}
