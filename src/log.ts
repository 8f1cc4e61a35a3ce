import pino, { type Logger, type LevelWithSilent } from 'pino';

export type Log = Logger;

/** Paths pino blanks out wherever they appear in a log object. */
export const redactPaths = [
  'token', '*.token', '*.*.token', 'DISCORD_TOKEN', '*.DISCORD_TOKEN',
  'authorization', '*.authorization', '*.headers.authorization', 'config.DISCORD_TOKEN',
];

/**
 * Pretty output on a terminal, JSON lines otherwise. Logs go to stderr by default so that
 * `--json` output on stdout stays machine-readable.
 */
export function createLog(level: LevelWithSilent = 'info', dest: NodeJS.WritableStream & { isTTY?: boolean; fd?: number } = process.stderr): Log {
  const options = { level, redact: { paths: redactPaths, censor: '[redacted]' } };
  if (dest.isTTY && dest.fd !== undefined) {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { destination: dest.fd, colorize: true } } });
  }
  return pino(options, dest);
}
