import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes, type Interaction } from 'discord.js';
import type { MessageCommand, SlashCommand } from '../../commands/types.ts';
import type { Context } from '../context.ts';
import { errorMessage, isUserError } from '../errors.ts';
import type { AutocompleteCall, ButtonCall, FirstReply, MessageMenuCall, Responder, SlashCall } from './call.ts';
import { decodePage, readPage } from './pager.ts';

export type CommandSet = { slash: ReadonlyMap<string, SlashCommand>; message: ReadonlyMap<string, MessageCommand> };

const GENERIC = 'Something went wrong on my side while doing that. It has been logged; please try again in a moment.';
const UNKNOWN: FirstReply = { content: 'I do not know that command any more.', flags: MessageFlags.Ephemeral };
const EXPIRED: FirstReply = { content: 'These results have expired; run the command again.', flags: MessageFlags.Ephemeral };

/**
 * What the user is told when a handler fails: a UserError's own message, a clear line for
 * Discord permission errors, otherwise something generic (and the error is logged with context).
 */
export function describeFailure(e: unknown): { message: string; log: boolean } {
  if (isUserError(e)) return { message: e.message, log: false };
  if (e instanceof DiscordAPIError && e.code === RESTJSONErrorCodes.MissingPermissions) {
    return { message: 'Discord refused: I am missing a permission there (View Channel, Send Messages and Embed Links are needed). Ask a server admin to grant them.', log: false };
  }
  if (e instanceof DiscordAPIError && (e.code === RESTJSONErrorCodes.UnknownChannel || e.code === RESTJSONErrorCodes.MissingAccess)) {
    return { message: 'I cannot reach that channel: it was deleted or I have no access to it.', log: false };
  }
  return { message: GENERIC, log: true };
}

/** Tell the user, ephemerally, however far the interaction got (not yet answered, deferred, answered). */
export async function replyWithError(interaction: Responder, message: string): Promise<void> {
  if (interaction.deferred && !interaction.replied) await interaction.editReply({ content: message, embeds: [], components: [] });
  else if (interaction.replied) await interaction.followUp({ content: message, flags: MessageFlags.Ephemeral });
  else await interaction.reply({ content: message, flags: MessageFlags.Ephemeral });
}

type Where = { ctx: Context; what: string; user: string; guild: string | null; id?: string };

/** THE central catch: run one handler; whatever it throws is logged or shown, never rethrown. */
async function guarded(w: Where, responder: Responder | null, fn: () => Promise<void>): Promise<void> {
  const log = w.ctx.log.child({ interaction: w.id, user: w.user, guild: w.guild });
  const started = performance.now();
  try {
    await fn();
    log.debug({ what: w.what, ms: Math.round(performance.now() - started) }, 'handled');
  } catch (e) {
    const failure = describeFailure(e);
    if (failure.log) log.error({ err: e, what: w.what }, 'handler failed');
    else log.info({ what: w.what, reason: errorMessage(e) }, 'told the user why it failed');
    if (!responder) return;
    try {
      await replyWithError(responder, failure.message);
    } catch (e2) {
      log.warn({ err: e2, what: w.what }, 'could not tell the user about the failure');
    }
  }
}

const where = (ctx: Context, what: string, c: { user: { id: string }; guildId: string | null; id?: string }): Where =>
  ({ ctx, what, user: c.user.id, guild: c.guildId, ...(c.id ? { id: c.id } : {}) });

export function runSlash(call: SlashCall & { id?: string }, ctx: Context, commands: CommandSet): Promise<void> {
  return guarded(where(ctx, `/${call.commandName}`, call), call, async () => {
    const cmd = commands.slash.get(call.commandName);
    await (cmd ? cmd.execute(call, ctx) : call.reply(UNKNOWN));
  });
}

export function runMessageMenu(call: MessageMenuCall & { id?: string }, ctx: Context, commands: CommandSet): Promise<void> {
  return guarded(where(ctx, `menu "${call.commandName}"`, call), call, async () => {
    const cmd = commands.message.get(call.commandName);
    await (cmd ? cmd.execute(call, ctx) : call.reply(UNKNOWN));
  });
}

export function runAutocomplete(call: AutocompleteCall & { id?: string }, ctx: Context, commands: CommandSet): Promise<void> {
  return guarded(where(ctx, `autocomplete /${call.commandName}`, call), null, async () => {
    const cmd = commands.slash.get(call.commandName);
    await (cmd?.autocomplete ? cmd.autocomplete(call, ctx) : call.respond([]));
  });
}

/** A page button: only the user who ran the command may turn its pages; a state no longer stored has expired. */
export function runButton(call: ButtonCall & { id?: string }, ctx: Context, commands: CommandSet): Promise<void> {
  const decoded = decodePage(call.customId);
  return guarded(where(ctx, `page ${decoded && 'command' in decoded ? decoded.command : call.customId}`, call), call, async () => {
    const state = readPage(ctx, call.customId);
    if (!state) return void (await call.reply(EXPIRED));
    const cmd = commands.slash.get(state.command);
    if (!cmd?.page) return void (await call.reply(UNKNOWN));
    if (state.userId !== call.user.id) {
      return void (await call.reply({ content: 'Only the person who ran the command can turn its pages. Run it yourself to browse.', flags: MessageFlags.Ephemeral }));
    }
    await call.update(cmd.page(ctx, state.args, state.page, call.user.id));
  });
}

/** discord.js interactions → the handlers above. */
export async function routeInteraction(interaction: Interaction, ctx: Context, commands: CommandSet): Promise<void> {
  if (interaction.isChatInputCommand()) await runSlash(interaction, ctx, commands);
  else if (interaction.isAutocomplete()) await runAutocomplete(interaction, ctx, commands);
  else if (interaction.isMessageContextMenuCommand()) await runMessageMenu(interaction, ctx, commands);
  else if (interaction.isButton()) await runButton(interaction, ctx, commands);
}
