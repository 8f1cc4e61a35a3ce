/**
 * The few words (at most two) a figure counts: the words after it up to a function word, else (for money
 * and percentages) the noun phrase before it.
 *
 *   'a $40 million aid package was approved' → 'aid package'
 *   'killing at least 12 people in Porto'    → 'people'
 *   '$300 million in aid'                    → 'aid'
 *   'raised its offer to $5 billion'         → 'offer'
 *   'more than 2,000 Catholic protesters'    → 'Catholic protesters'
 */
const STOP = new Set(('the a an and or but was were is are be been has have had will would to in on at by with from that which who as than ' +
  'after before since for of said says this its their his her it they he she we per each when while if so up down more less over under into out about ' +
  'may might could should can must also still only just not do does did thousand million billion trillion').split(' '));
const AFTER = /^\s+(?:(?:in|of|for|worth)\s+)?((?:[A-Za-z][a-z'-]*)(?:\s+[a-z][a-z'-]*){0,3})/;
const BEFORE = /(?<![\w'-])((?:[a-z][a-z'-]*\s+){1,3})(?:of|at|to|worth|costing|by|is|was|were|are|totall?ing|topped|reached)\s+(?:about\s+|some\s+|nearly\s+|around\s+|just\s+)?$/;

export function aboutOf(text: string, start: number, end: number, kind: 'money' | 'percent' | 'count'): string | undefined {
  const after = AFTER.exec(text.slice(end, end + 60));
  if (after && (kind !== 'percent' || /^\s+(?:of|in)\s/.test(text.slice(end, end + 5)))) {
    const words = takeUntilStop(after[1]!.split(/\s+/));
    if (words.length) return words.join(' ');
  }
  if (kind === 'count') return undefined;
  const before = BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!before) return undefined;
  const words = before[1]!.trim().split(/\s+/);
  const tail: string[] = [];
  for (let i = words.length - 1; i >= 0 && !STOP.has(words[i]!); i--) tail.unshift(words[i]!);
  return tail.length ? tail.slice(-2).join(' ') : undefined;
}

function takeUntilStop(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (STOP.has(w)) break;
    out.push(w);
  }
  return out.slice(0, 2);
}
