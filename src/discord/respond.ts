import type { Reply, Responder } from './call.ts';

/**
 * Acknowledge first (Discord allows 3 s), then do the work and edit the answer in:
 * for anything that reads a lot of the store.
 */
export async function deferThenEdit(interaction: Responder, work: () => Reply | Promise<Reply>): Promise<void> {
  await interaction.deferReply();
  await interaction.editReply(await work());
}
