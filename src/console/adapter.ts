import { UserError } from '../errors.ts';
import type {
  AutocompleteCall, ButtonCall, CallUser, FirstReply, MessageMenuCall, OptionReader, Reply, Responder, SlashCall,
} from '../discord/call.ts';

/** The operator at the terminal, standing in for a Discord user (no server, so no server permissions). */
export const operator: CallUser = { id: 'console', username: 'operator' };

export type Show = (reply: FirstReply) => void;

/** Replies printed instead of sent; the same state rules as discord.js (deferred, replied). */
class ConsoleResponder implements Responder {
  deferred = false;
  replied = false;
  readonly user = operator;
  readonly guildId = null;
  constructor(protected readonly show: Show) {}
  async deferReply() { this.deferred = true; }
  async reply(o: FirstReply) { this.replied = true; this.show(o); }
  async editReply(o: Reply) { this.replied = true; this.show(o); }
  async followUp(o: FirstReply) { this.show(o); }
}

class ConsoleOptions implements OptionReader {
  constructor(private readonly values: ReadonlyMap<string, string>, private readonly subcommand?: string) {}
  getString(name: string, required: true): string;
  getString(name: string, required?: boolean): string | null;
  getString(name: string, required = false): string | null {
    const v = this.values.get(name);
    if (v === undefined && required) throw new UserError(`\`${name}\` is required: add ${name}:… to the command.`);
    return v ?? null;
  }
  getSubcommand(): string {
    if (!this.subcommand) throw new UserError('This command needs a subcommand, e.g. /feeds list.');
    return this.subcommand;
  }
  getChannel(): null {
    throw new UserError('Channels exist only in a Discord server: run this command there.');
  }
}

export class ConsoleSlashCall extends ConsoleResponder implements SlashCall {
  readonly memberPermissions = null;
  readonly options: ConsoleOptions;
  constructor(readonly commandName: string, values: ReadonlyMap<string, string>, subcommand: string | undefined, show: Show) {
    super(show);
    this.options = new ConsoleOptions(values, subcommand);
  }
}

export class ConsoleMessageCall extends ConsoleResponder implements MessageMenuCall {
  readonly targetMessage: MessageMenuCall['targetMessage'];
  constructor(readonly commandName: string, content: string, show: Show) {
    super(show);
    this.targetMessage = { content, embeds: [] };
  }
}

export class ConsoleButtonCall extends ConsoleResponder implements ButtonCall {
  constructor(readonly customId: string, show: Show) { super(show); }
  async update(o: Reply) { this.replied = true; this.show(o); }
}

export class ConsoleAutocompleteCall implements AutocompleteCall {
  readonly user = operator;
  readonly guildId = null;
  choices: { name: string; value: string }[] = [];
  readonly options: AutocompleteCall['options'];
  constructor(readonly commandName: string, focused: { name: string; value: string }) {
    this.options = { getFocused: () => focused };
  }
  async respond(choices: { name: string; value: string }[]) { this.choices = choices; }
}
