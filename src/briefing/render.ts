/** Briefing → Discord messages (embeds), every limit respected; long briefings split at story boundaries. */
import type { Disagreement } from '../db/stories.ts';
import type { Briefing, BriefingStory } from './compose.ts';
import {
  clampEmbed, CONTENT_MAX, embedLength, EMBEDS_PER_MESSAGE, EMBEDS_TOTAL_MAX, FIELD_VALUE_MAX, safeText, truncateAtWord,
  type DiscordMessage, type Embed,
} from './limits.ts';

const COLOR_NEW = 0x2f80ed;
const COLOR_SEEN = 0x8a8f98;

/** '2026-03-10T08:00:00.000Z' → '10 Mar 2026 08:00 UTC'; a bare date stays a date. */
export function formatWhen(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  const date = `${d.getUTCDate()} ${d.toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' })} ${d.getUTCFullYear()}`;
  return iso.length === 10 ? date : `${date} ${d.toISOString().slice(11, 16)} UTC`;
}

/** A masked link with escaped text; just the text when the URL is missing or not http(s). */
export function link(text: string, url: string | null, max = 80): string {
  const label = safeText(text, max);
  if (!url || !/^https?:\/\/\S+$/i.test(url) || url.length > 500) return label;
  return `[${label}](${url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c))})`;
}

/** Items joined until `max`, then '… +N more'. */
export function joinWithin(items: readonly string[], sep: string, max: number): string {
  const whole = items.join(sep);
  if (whole.length <= max) return whole;
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const next = out ? `${out}${sep}${items[i]}` : items[i]!;
    const more = ` … +${items.length - i} more`;
    if (next.length + (i < items.length - 1 ? ` … +${items.length - i - 1} more`.length : 0) > max) return out ? `${out}${more}` : truncateAtWord(items[i]!, max);
    out = next;
  }
  return out;
}

/** A disagreement's values with the sources giving each: '77' ← cnn, chinadaily; '84' ← sun. */
export function valuesWithSources(d: Disagreement): { value: string; sources: string[] }[] {
  const out = new Map<string, { value: string; sources: string[] }>();
  for (const v of d.values) {
    const key = v.value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const entry = out.get(key) ?? { value: v.value, sources: [] };
    if (!entry.sources.includes(v.source)) entry.sources.push(v.source);
    out.set(key, entry);
  }
  return [...out.values()];
}

export function disagreementLine(d: Disagreement, max = 300): string {
  const values = valuesWithSources(d).map((v) => `${safeText(v.value, 120)} (${safeText(v.sources.join(', '), 90)})`);
  return `**${safeText(d.about, 80)}**: ${joinWithin(values, ' · ', Math.max(40, max - d.about.length - 6))}`;
}

/** ' (3 sources, 2 wordings)' — how widely a quote was carried, and whether its wording varies. */
export function quoteReach(q: { sources: number; wordings: number }): string {
  const parts = [q.sources > 1 ? `${q.sources} sources` : '', q.wordings > 1 ? `${q.wordings} wordings` : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** One story as an embed, by construction well under 6000 characters. */
export function storyEmbed(s: BriefingStory): Embed {
  const events = s.events.map((e) => `• ${e.date} — ${safeText(e.summary, 200)}`);
  const description = [safeText(s.summary, 900), events.length ? `**Key dates**\n${events.join('\n')}` : ''].filter(Boolean).join('\n\n');
  const fields: NonNullable<Embed['fields']> = s.quotes.map((q) => ({
    name: `🗣 ${safeText(q.speaker, 200)}`,
    value: `“${safeText(q.text, 400)}” — ${link(q.source, q.url, 60)}${quoteReach(q)}`,
  }));
  if (s.disagreements.length) {
    fields.push({ name: '⚠ Sources disagree', value: joinWithin(s.disagreements.map((d) => disagreementLine(d)), '\n', FIELD_VALUE_MAX) });
  }
  fields.push({ name: `Sources (${s.sourceCount})`, value: joinWithin(s.sources.map((a) => link(a.source, a.url, 60)), ' · ', FIELD_VALUE_MAX) || '—' });
  const span = s.firstPublished.slice(0, 10) === s.lastPublished.slice(0, 10) ? formatWhen(s.lastPublished.slice(0, 10))
    : `${formatWhen(s.firstPublished.slice(0, 10))} – ${formatWhen(s.lastPublished.slice(0, 10))}`;
  const url = s.sources.find((a) => a.url && /^https?:\/\//i.test(a.url))?.url;
  return clampEmbed({
    title: safeText(s.title, 256),
    ...(url && url.length <= 500 ? { url } : {}),
    description,
    color: s.isNew ? COLOR_NEW : COLOR_SEEN,
    fields,
    footer: { text: `${s.sourceCount} source${s.sourceCount === 1 ? '' : 's'} · ${s.articleCount} article${s.articleCount === 1 ? '' : 's'} · ${span}${s.isNew ? '' : ' · seen before'}` },
  });
}

export function briefingHeader(b: Briefing): string {
  const about = b.topic ? ` about **${safeText(b.topic, 100)}**` : '';
  const count = b.stories.length === b.matched ? `${b.stories.length}` : `top ${b.stories.length} of ${b.matched}`;
  return truncateAtWord(`📰 **News briefing**${about} — ${count} stor${b.matched === 1 ? 'y' : 'ies'} since ${formatWhen(b.since)}`, CONTENT_MAX);
}

/** Embeds packed into messages: ≤ 10 per message, ≤ 6000 characters across them; the header goes in the first. */
export function packEmbeds(embeds: readonly Embed[], content?: string): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let current: DiscordMessage = content ? { content: truncateAtWord(content, CONTENT_MAX), embeds: [] } : { embeds: [] };
  let total = 0;
  for (const raw of embeds) {
    const e = fitTotal(raw);
    const n = embedLength(e);
    if (current.embeds.length >= EMBEDS_PER_MESSAGE || (current.embeds.length > 0 && total + n > EMBEDS_TOTAL_MAX)) {
      messages.push(current);
      current = { embeds: [] };
      total = 0;
    }
    current.embeds.push(e);
    total += n;
  }
  if (current.embeds.length || current.content) messages.push(current);
  return messages;
}

/** An embed over 6000 characters on its own loses fields from the end, then description length. */
function fitTotal(e: Embed): Embed {
  let out = clampEmbed(e);
  while (embedLength(out) > EMBEDS_TOTAL_MAX && out.fields?.length) out = { ...out, fields: out.fields.slice(0, -1) };
  if (embedLength(out) > EMBEDS_TOTAL_MAX && out.description) {
    out = { ...out, description: truncateAtWord(out.description, Math.max(0, out.description.length - (embedLength(out) - EMBEDS_TOTAL_MAX))) };
  }
  if (embedLength(out) > EMBEDS_TOTAL_MAX && out.footer) out = { ...out, footer: { text: truncateAtWord(out.footer.text, 100) } };
  return out;
}

/** The whole briefing as Discord messages; [] when it has no stories (the caller says "nothing new"). */
export function renderBriefing(b: Briefing): DiscordMessage[] {
  if (b.stories.length === 0) return [];
  return packEmbeds(b.stories.map(storyEmbed), briefingHeader(b));
}

/** One story (for /story and `newsdesk stories`): its embed in one message. */
export function renderStory(s: BriefingStory): DiscordMessage {
  return { embeds: [fitTotal(storyEmbed(s))] };
}
