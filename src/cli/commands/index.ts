import type { CliCommand } from '../command.ts';
import brief from './brief.ts';
import demo from './demo.ts';
import events from './events.ts';
import extract from './extract.ts';
import ingest from './ingest.ts';
import quotes from './quotes.ts';
import stories from './stories.ts';
import timeline from './timeline.ts';

/** Every CLI subcommand, listed explicitly. */
export const cliCommands: readonly CliCommand[] = [ingest, extract, quotes, events, stories, brief, timeline, demo];
