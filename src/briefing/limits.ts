/** Discord's message and embed limits, and the text helpers that keep output inside them. */

export const LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedsTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
} as const;

export const CONTENT_MAX = LIMITS.content;
export const EMBEDS_PER_MESSAGE = LIMITS.embedsPerMessage;
export const EMBEDS_TOTAL_MAX = LIMITS.embedsTotal;
export const EMBED_TITLE_MAX = LIMITS.title;
export const EMBED_DESCRIPTION_MAX = LIMITS.description;
export const EMBED_FIELDS_MAX = LIMITS.fields;
export const FIELD_NAME_MAX = LIMITS.fieldName;
export const FIELD_VALUE_MAX = LIMITS.fieldValue;
export const FOOTER_MAX = LIMITS.footer;
export const AUTHOR_NAME_MAX = LIMITS.authorName;

/** A plain embed object, assignable to discord.js / discord-api-types `APIEmbed`. */
export type Embed = {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  timestamp?: string;
  author?: { name: string; url?: string };
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
};

export type DiscordMessage = { content?: string; embeds: Embed[] };

const ELLIPSIS = '…';

/**
 * At most `max` characters (UTF-16 units, never more than Discord counts), cut at the last
 * word boundary with an ellipsis. A single over-long word is cut hard, never inside a
 * surrogate pair or right after an escaping backslash. truncateAtWord('one two three', 9) → 'one two…'
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return ELLIPSIS;
  const room = text.slice(0, max - 1);
  // A boundary is white space at the cut (the next char) or inside the kept part.
  const nextIsSpace = /\s/.test(text[max - 1] ?? '');
  const lastSpace = nextIsSpace ? room.length : Math.max(room.search(/\s\S*$/), -1);
  let cut = lastSpace > 0 ? room.slice(0, lastSpace).trimEnd() : hardCut(room);
  if (cut.length === 0) cut = hardCut(room);
  return cut + ELLIPSIS;
}

function hardCut(s: string): string {
  let out = s;
  if (/[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  // An odd run of trailing backslashes would escape the ellipsis (or be half an escape).
  const slashes = /\\+$/.exec(out)?.[0].length ?? 0;
  if (slashes % 2 === 1) out = out.slice(0, -1);
  return out;
}

/**
 * Text from articles made inert for Discord: Markdown characters escaped, mentions
 * (@everyone, @here, <@id>, <@!id>, <@&id>, <#id>) broken with a zero-width space.
 * escapeMarkdown('*Big* news @everyone') → '\\*Big\\* news @\u200beveryone'
 */
export function escapeMarkdown(text: string): string {
  return neutraliseMentions(text).replace(/[\\*_~|>#\-[\]()`]/g, (c) => `\\${c}`);
}

export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<@([!&]?)(\d+)>/g, '<@\u200b$1$2>')
    .replace(/<#(\d+)>/g, '<#\u200b$1>');
}

/** Escape, then fit: what to do with any article text before it goes into a field. */
export const safeText = (text: string, max: number): string => truncateAtWord(escapeMarkdown(oneLine(text)), max);

/** White space (new lines included) folded to single spaces. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Characters Discord counts towards the 6000 per message: titles, descriptions, fields, footers, authors. */
export function embedLength(e: Embed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0)
    + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
}

/** Every per-embed limit applied (fields beyond 25 dropped, texts cut at words). Empty field values become '\u200b'. */
export function clampEmbed(e: Embed): Embed {
  const out: Embed = { ...e };
  if (e.title !== undefined) out.title = truncateAtWord(e.title, EMBED_TITLE_MAX);
  if (e.description !== undefined) out.description = truncateAtWord(e.description, EMBED_DESCRIPTION_MAX);
  if (e.footer) out.footer = { text: truncateAtWord(e.footer.text, FOOTER_MAX) };
  if (e.author) out.author = { ...e.author, name: truncateAtWord(e.author.name, AUTHOR_NAME_MAX) };
  if (e.fields) {
    out.fields = e.fields.slice(0, EMBED_FIELDS_MAX).map((f) => ({
      ...f,
      name: truncateAtWord(f.name, FIELD_NAME_MAX) || '\u200b',
      value: truncateAtWord(f.value, FIELD_VALUE_MAX) || '\u200b',
    }));
  }
  return out;
}
