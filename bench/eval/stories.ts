/** Evaluation of stories on ../shared/eval/stories-dev.jsonl, scored as its README describes. */
export async function evalStories(dir: string): Promise<void> {
  console.log(`(not measured yet: ${dir}/stories-dev.jsonl)`);
}
