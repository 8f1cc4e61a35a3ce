/** Evaluation of quotes on ../shared/eval/quotes-dev.jsonl, scored as its README describes. */
export async function evalQuotes(dir: string): Promise<void> {
  console.log(`(not measured yet: ${dir}/quotes-dev.jsonl)`);
}
