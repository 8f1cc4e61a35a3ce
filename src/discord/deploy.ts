import { REST, Routes, type RESTGetCurrentApplicationResult } from 'discord.js';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { commandDefinitions } from '../../commands/index.ts';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { errorMessage } from '../errors.ts';

export type DeployResult = { scope: 'global' | 'guild'; guildId?: string; applicationId: string; names: string[] };

/**
 * Registers every command: globally (can take up to an hour to show everywhere) or in one
 * guild (immediate; for testing). The application id comes from DISCORD_APPLICATION_ID or the API.
 */
export async function deployCommands(config: Config, guildId?: string): Promise<DeployResult> {
  if (!config.DISCORD_TOKEN) throw new ConfigError('DISCORD_TOKEN is not set: deploy-commands needs the bot token (see README.md, "Running it on Discord").');
  if (guildId !== undefined && !/^\d{5,25}$/.test(guildId)) throw new ConfigError(`--guild must be a server id (a number), not "${guildId}".`);
  const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
  const applicationId = config.DISCORD_APPLICATION_ID ?? ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const body = commandDefinitions();
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  return { scope: guildId ? 'guild' : 'global', ...(guildId ? { guildId } : {}), applicationId, names: body.map((c) => c.name) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { guild: { type: 'string' } } });
  try {
    const r = await deployCommands(loadConfig(), values.guild);
    console.log(`Registered ${r.names.length} commands ${r.scope === 'guild' ? `in guild ${r.guildId}` : 'globally (may take up to an hour to appear)'}: ${r.names.join(', ')}`);
  } catch (e) {
    console.error(`deploy-commands failed: ${errorMessage(e)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) void main();
