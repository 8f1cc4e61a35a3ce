import { timeline, timelineToText } from '../../briefing/index.ts';
import { limitSchema, opt, partialDateSchema } from '../args.ts';
import { emit, UsageError, type CliCommand } from '../command.ts';

export default {
  name: 'timeline',
  summary: 'dated events of one entity or topic across stories, oldest first',
  usage: 'timeline <entity|topic> [--from D] [--to D] [--limit N] [--json]',
  options: { from: { type: 'string' }, to: { type: 'string' }, limit: { type: 'string' } },
  async run(values, positionals, io) {
    const subject = positionals.join(' ').trim();
    if (!subject) throw new UsageError('give an entity or topic, e.g. newsdesk timeline "Maren Solvik"');
    const entries = timeline(io.db(), subject, {
      from: opt(values, 'from', partialDateSchema), to: opt(values, 'to', partialDateSchema), limit: opt(values, 'limit', limitSchema),
    });
    emit(io, entries, () => timelineToText(subject, entries));
    return 0;
  },
} satisfies CliCommand;
