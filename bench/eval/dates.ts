/** Evaluation of dates on ../shared/eval/dates-dev.jsonl, scored as its README describes. */
export async function evalDates(dir: string): Promise<void> {
  console.log(`(not measured yet: ${dir}/dates-dev.jsonl)`);
}
