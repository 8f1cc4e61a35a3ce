import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every environment variable Newsdesk reads. `.env.example` documents each one. */
export const configSchema = z.object({
  NEWSDESK_DB: z.string().min(1).default('data/newsdesk.db'),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{5,25}$/, 'must be a numeric Discord snowflake').optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).default('https://discord.com/api'),
  NEWSDESK_FEEDS: z
    .string()
    .default('')
    .transform((s) => s.split(/[\s,]+/).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  FEED_POLL_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  FETCH_MAX_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(5_000_000),
  /** Let guilds' own feeds (/feeds add) point at private or loopback addresses. Off: a guild could read your network. */
  NEWSDESK_ALLOW_PRIVATE_FEEDS: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
  NEWSDESK_SHARDS: z.union([z.literal('auto'), z.coerce.number().int().min(1)]).optional(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parse once at start-up. Throws ConfigError naming each bad variable and how to fix it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    return `  ${name}: ${issue.message} (got ${JSON.stringify(env[name] ?? null)}; see .env.example)`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
