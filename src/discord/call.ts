import type { APIActionRowComponent, APIButtonComponent, MessageFlags } from 'discord.js';
import type { Embed } from '../briefing/limits.ts';

/**
 * The narrow slice of a discord.js interaction that command handlers use. Real interactions
 * satisfy these types structurally; the console adapter (src/console/adapter.ts) implements them
 * without Discord, so both run the SAME handlers.
 */
export type Reply = {
  content?: string;
  embeds?: Embed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
};

/** A first reply or a follow-up may be ephemeral (only the user sees it); edits and updates may not. */
export type FirstReply = Reply & { flags?: MessageFlags.Ephemeral };

export type CallUser = { readonly id: string; readonly username: string };

export interface OptionReader {
  getString(name: string, required: true): string;
  getString(name: string, required?: boolean): string | null;
  getSubcommand(): string;
  getChannel(name: string, required?: boolean): { readonly id: string } | null;
}

export interface Responder {
  readonly deferred: boolean;
  readonly replied: boolean;
  deferReply(options?: { flags?: MessageFlags.Ephemeral }): Promise<unknown>;
  reply(options: FirstReply): Promise<unknown>;
  editReply(options: Reply): Promise<unknown>;
  followUp(options: FirstReply): Promise<unknown>;
}

export interface SlashCall extends Responder {
  readonly commandName: string;
  readonly user: CallUser;
  readonly guildId: string | null;
  readonly memberPermissions: { has(permission: bigint): boolean } | null;
  readonly options: OptionReader;
}

export interface MessageMenuCall extends Responder {
  readonly commandName: string;
  readonly user: CallUser;
  readonly guildId: string | null;
  readonly targetMessage: { readonly content: string; readonly embeds: readonly { readonly description: string | null }[] };
}

export interface AutocompleteCall {
  readonly commandName: string;
  readonly user: CallUser;
  readonly guildId: string | null;
  readonly options: { getFocused(full: true): { name: string; value: string } };
  respond(choices: { name: string; value: string }[]): Promise<unknown>;
}

export interface ButtonCall extends Responder {
  readonly customId: string;
  readonly user: CallUser;
  readonly guildId: string | null;
  update(options: Reply): Promise<unknown>;
}
