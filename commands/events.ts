import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Context } from '../src/context.ts';
import { truncateAtWord } from '../src/briefing/limits.ts';
import { findEntitiesByName } from '../src/db/entities.ts';
import { listEvents } from '../src/db/events.ts';
import { UserError } from '../src/errors.ts';
import type { Reply } from '../src/discord/call.ts';
import { eventsEmbed } from '../src/discord/format/events.ts';
import { optional, partialDate, validate } from '../src/discord/options.ts';
import { pageButtons, slicePage } from '../src/discord/pager.ts';
import { deferThenEdit } from '../src/discord/respond.ts';
import type { SlashCommand } from './types.ts';

const PER_PAGE = 10;

const schema = z.object({
  entity: z.string().trim().min(2, 'give at least two letters of a name').max(100).optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
}).refine((a) => !a.from || !a.to || a.from.slice(0, a.to.length) <= a.to, { message: '`from` must not be after `to`.' });

function page(ctx: Context, args: string[], n: number, userId: string): Reply {
  const [entity = '', from = '', to = ''] = args;
  const events = listEvents(ctx.db, { entity: entity || undefined, from: from || undefined, to: to || undefined, limit: 200 });
  const range = from || to ? ` (${from || '…'} to ${to || '…'})` : '';
  const p = slicePage(events, PER_PAGE, n);
  return {
    embeds: [eventsEmbed(p.items, { heading: truncateAtWord(`Events${entity ? ` involving ${entity}` : ''}${range}`, 200), page: p.page, pages: p.pages, total: events.length })],
    components: pageButtons(ctx, { command: 'events', userId, page: p.page, args }, p.pages),
  };
}

export default {
  data: new SlashCommandBuilder()
    .setName('events')
    .setDescription('Dated events from the news, oldest first')
    .addStringOption((o) => o.setName('entity').setDescription('A person, organisation or place').setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) => o.setName('from').setDescription('From this date: 2026, 2026-03 or 2026-03-14').setMaxLength(10))
    .addStringOption((o) => o.setName('to').setDescription('Up to this date: 2026, 2026-03 or 2026-03-14').setMaxLength(10)),
  async execute(interaction, ctx) {
    const o = interaction.options;
    const a = validate(schema, { entity: optional(o.getString('entity')), from: optional(o.getString('from')), to: optional(o.getString('to')) });
    if (!a.entity && !a.from && !a.to) throw new UserError('Give at least one of `entity`, `from` or `to`, e.g. `/events entity:Ana Ruiz`.');
    await deferThenEdit(interaction, () => page(ctx, [a.entity ?? '', a.from ?? '', a.to ?? ''], 0, interaction.user.id));
  },
  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    const found = focused.name === 'entity' && focused.value.trim() ? findEntitiesByName(ctx.db, focused.value, 25) : [];
    await interaction.respond(found.map((e) => ({ name: truncateAtWord(e.name, 100), value: e.name.slice(0, 100) })));
  },
  page,
} satisfies SlashCommand;
