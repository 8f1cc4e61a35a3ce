import type { CommandSet } from '../discord/router.ts';
import { runAutocomplete, runButton, runMessageMenu, runSlash } from '../discord/router.ts';
import type { Context } from '../context.ts';
import type { FirstReply } from '../discord/call.ts';
import { quoteLookupReply } from '../discord/lookup.ts';
import { ConsoleAutocompleteCall, ConsoleButtonCall, ConsoleMessageCall, ConsoleSlashCall } from './adapter.ts';
import { parseLine } from './parse.ts';
import { renderReply } from './render.ts';

export const HELP = `Type what you would type in Discord:
  /quote text:not one more dollar speaker:Ilsa Brandt
  /events entity:Ilsa Brandt from:2026-03      /timeline topic:harbor budget
  /story query:harbor budget                   /briefing since:3d topic:harbor
  @Newsdesk who said 'not one more dollar'?    (a mention)
  > some message text                          ("Find quote source" on a message)
  next / prev (turn pages)   help   quit         Tab completes option values (speaker:, timezone:, …)
Server-only commands (/subscribe, /feeds, …) need Discord; use the newsdesk CLI for the operator's feeds.`;

/** One operator's console: lines in, rendered replies out, through the same handlers as Discord. */
export class ConsoleSession {
  private buttons = new Map<'next' | 'prev', string>();
  constructor(private readonly ctx: Context, private readonly commands: CommandSet, private readonly print: (text: string) => void) {}

  private show = (r: FirstReply) => {
    const ids = (r.components ?? []).flatMap((row) => row.components).flatMap((b) => ('custom_id' in b && !b.disabled ? [b] : []));
    if (r.components !== undefined) this.buttons.clear();
    for (const b of ids) this.buttons.set(b.label?.startsWith('Next') ? 'next' : 'prev', b.custom_id);
    this.print(renderReply(r));
  };

  /** Handle one line; false when the operator asked to quit. */
  async handle(line: string): Promise<boolean> {
    const input = parseLine(line, this.commands.slash);
    switch (input.kind) {
      case 'empty': return true;
      case 'quit': return false;
      case 'help': this.print(HELP); return true;
      case 'mention': this.show(quoteLookupReply(this.ctx.db, input.text)); return true;
      case 'message': await runMessageMenu(new ConsoleMessageCall('Find quote source', input.text, this.show), this.ctx, this.commands); return true;
      case 'page': {
        const id = this.buttons.get(input.direction);
        if (!id) this.print(`There is no ${input.direction} page.`);
        else await runButton(new ConsoleButtonCall(id, this.show), this.ctx, this.commands);
        return true;
      }
      case 'slash':
        await runSlash(new ConsoleSlashCall(input.name, input.options, input.subcommand, this.show), this.ctx, this.commands);
        return true;
    }
  }

  /** Autocomplete for the option being typed at the end of the line ('/quote text:x speaker:Il' → speakers). */
  async complete(line: string): Promise<string[]> {
    const m = /^\/(\S+)\s.*?(?:^|\s)([a-z_]+):([^:]*)$/s.exec(line);
    if (!m) return [];
    const [, name = '', option = '', typed = ''] = m;
    const call = new ConsoleAutocompleteCall(name, { name: option, value: typed });
    await runAutocomplete(call, this.ctx, this.commands);
    const head = line.slice(0, line.length - typed.length);
    return call.choices.map((c) => head + c.value);
  }
}
