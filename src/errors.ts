/** A mistake the user can fix: shown to them (ephemerally in Discord), never logged as a bug. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Anything else is a bug or an outage: log it with context, tell the user something generic. */
export const isUserError = (e: unknown): e is UserError => e instanceof UserError;

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
