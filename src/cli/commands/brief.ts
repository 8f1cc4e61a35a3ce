import { briefingToText, composeBriefing, parseSince } from '../../briefing/index.ts';
import { nonEmpty, opt } from '../args.ts';
import { emit, UsageError, type CliCommand } from '../command.ts';

export default {
  name: 'brief',
  summary: 'compose a briefing (stories, events, quotes, disagreements) as it would be posted',
  usage: 'brief [--topic T] [--since DATE|DURATION (default 24h)] [--max N] [--json]',
  options: { topic: { type: 'string' }, since: { type: 'string' }, max: { type: 'string' } },
  async run(values, _positionals, io) {
    const sinceText = opt(values, 'since', nonEmpty) ?? '24h';
    let since: Date;
    try {
      since = parseSince(sinceText, io.now);
    } catch (e) {
      throw new UsageError(`--since ${(e as Error).message}`);
    }
    const max = values.max === undefined ? undefined : Number(values.max);
    if (max !== undefined && !(Number.isInteger(max) && max >= 1 && max <= 25)) throw new UsageError('--max must be a whole number from 1 to 25');
    const briefing = composeBriefing(io.db(), { now: io.now, since, topic: opt(values, 'topic', nonEmpty) ?? null, maxStories: max });
    emit(io, briefing, () => briefingToText(briefing));
    return 0;
  },
} satisfies CliCommand;
