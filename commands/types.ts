import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Context } from '../src/context.ts';
import type { AutocompleteCall, MessageMenuCall, Reply, SlashCall } from '../src/discord/call.ts';

type Definition = { readonly name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };

/** A slash command. `page` renders page n of a paged result from the state its buttons carry. */
export type SlashCommand = {
  data: Definition;
  execute(interaction: SlashCall, ctx: Context): Promise<void>;
  autocomplete?(interaction: AutocompleteCall, ctx: Context): Promise<void>;
  page?(ctx: Context, args: string[], page: number, userId: string): Reply;
};

/** A message context-menu command (right-click a message → Apps). */
export type MessageCommand = {
  data: Definition;
  execute(interaction: MessageMenuCall, ctx: Context): Promise<void>;
};

export type Command = SlashCommand | MessageCommand;
