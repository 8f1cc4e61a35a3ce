import type { SlashCommand } from '../../commands/types.ts';

export type ConsoleInput =
  | { kind: 'slash'; name: string; subcommand?: string; options: Map<string, string> }
  | { kind: 'mention'; text: string }
  | { kind: 'message'; text: string }
  | { kind: 'page'; direction: 'next' | 'prev' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'empty' };

type OptionJson = { name: string; type: number; options?: OptionJson[] };

/** Option names a command (or one of its subcommands) declares, so "who said: x" inside a value is not taken for an option. */
function optionNames(cmd: SlashCommand | undefined, subcommand?: string): string[] {
  if (!cmd) return [];
  const opts = (cmd.data.toJSON() as { options?: OptionJson[] }).options ?? [];
  const scope = subcommand ? opts.find((o) => o.name === subcommand && o.type === 1)?.options ?? [] : opts;
  return scope.filter((o) => o.type !== 1 && o.type !== 2).map((o) => o.name);
}

const unquote = (v: string) => v.trim().replace(/^"(.*)"$/s, '$1');

/**
 * '/quote text:not one more dollar speaker:Ilsa Brandt', '/feeds list', '@Newsdesk who said …',
 * '> a message to find the source of', 'next', 'prev', 'help', 'quit'.
 */
export function parseLine(line: string, commands: ReadonlyMap<string, SlashCommand>): ConsoleInput {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (/^(quit|exit|\.exit)$/i.test(text)) return { kind: 'quit' };
  if (/^(help|\?|\/help)$/i.test(text)) return { kind: 'help' };
  if (/^(next|n)$/i.test(text)) return { kind: 'page', direction: 'next' };
  if (/^(prev|previous|p)$/i.test(text)) return { kind: 'page', direction: 'prev' };
  if (text.startsWith('@')) return { kind: 'mention', text: text.replace(/^@\S*\s*/, '') };
  if (text.startsWith('>')) return { kind: 'message', text: text.slice(1).trim() };
  if (!text.startsWith('/')) return { kind: 'mention', text };
  const [, name = '', rest = ''] = /^\/(\S+)\s*(.*)$/s.exec(text) ?? [];
  const cmd = commands.get(name);
  let body = rest;
  let subcommand: string | undefined;
  const first = /^([a-z-]+)(?:\s+|$)/.exec(body);
  if (first && !body.startsWith(`${first[1]}:`) && optionNames(cmd).length === 0) {
    subcommand = first[1];
    body = body.slice(first[0].length);
  }
  const names = optionNames(cmd, subcommand);
  const options = new Map<string, string>();
  if (names.length) {
    const re = new RegExp(`(?:^|\\s)(${names.join('|')}):`, 'g');
    const marks = [...body.matchAll(re)].map((m) => ({ name: m[1]!, start: m.index!, valueStart: m.index! + m[0].length }));
    marks.forEach((m, i) => options.set(m.name, unquote(body.slice(m.valueStart, marks[i + 1]?.start ?? body.length))));
  }
  return { kind: 'slash', name, ...(subcommand ? { subcommand } : {}), options };
}
