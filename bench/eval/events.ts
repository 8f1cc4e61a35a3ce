/** Evaluation of events on ../shared/eval/events-dev.jsonl, scored as its README describes. */
export async function evalEvents(dir: string): Promise<void> {
  console.log(`(not measured yet: ${dir}/events-dev.jsonl)`);
}
