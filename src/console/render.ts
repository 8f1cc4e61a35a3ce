import { MessageFlags } from 'discord.js';
import type { FirstReply } from '../discord/call.ts';

/** Discord Markdown → terminal text: links as 'label <url>', bold and code marks dropped, escapes undone. */
export function plain(md: string): string {
  return md
    .replace(/\[((?:\\.|[^\]\\])+)\]\(([^)\s]+)\)/g, '$1 <$2>')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<#(\d+)>/g, '#$1')
    .replace(/\\([\\*_~|>#\-[\]()`])/g, '$1')
    .replace(/\u200b/g, '');
}

const indent = (s: string) => s.split('\n').map((l) => `  ${l}`).join('\n');

/** One reply as the operator sees it in the console. */
export function renderReply(r: FirstReply): string {
  const out: string[] = [];
  if (r.flags === MessageFlags.Ephemeral) out.push('(only you can see this)');
  if (r.content) out.push(plain(r.content));
  for (const e of r.embeds ?? []) {
    if (e.title) out.push(`== ${plain(e.title)} ==`);
    if (e.description) out.push(plain(e.description));
    for (const f of e.fields ?? []) out.push(`* ${plain(f.name)}\n${indent(plain(f.value))}`);
    if (e.footer?.text) out.push(`-- ${plain(e.footer.text)}`);
  }
  const buttons = (r.components ?? []).flatMap((row) => row.components);
  if (buttons.length) {
    const labels = buttons.map((b) => ('label' in b && b.label ? `[${b.label}]${b.disabled ? ' (off)' : ''}` : '[button]'));
    out.push(`${labels.join(' ')}   type "next" or "prev" to turn the page`);
  }
  return out.join('\n');
}
