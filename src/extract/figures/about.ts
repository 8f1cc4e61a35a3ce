/**
 * The few words (at most three) a figure counts: the words after it up to a function word, else (for money
 * and percentages) the noun phrase before it.
 *
 *   'a $40 million aid package was approved' → 'aid package'
 *   'killing at least 12 people in Porto'    → 'people'
 *   'Twelve people died', '15 feared dead'   → 'dead'   (also 'injured', 'missing')
 *   '$300 million in aid'                    → 'aid'
 *   'raised its offer to $5 billion'         → 'offer'
 *   'more than 2,000 Catholic protesters'    → 'Catholic protesters'
 */
const STOP = new Set(('the a an and or but was were is are be been has have had will would to in on at by with from that which who as than ' +
  'after before since for of said says this its their his her it they he she we per each when while if so up down more less over under into out about ' +
  'may might could should can must also still only just not do does did thousand million billion trillion').split(' '));
const AFTER = /^\s+(?:(?:in|of|for|worth)\s+(?:the\s+|an?\s+)?)?((?:[A-Za-z][a-z'-]*)(?:\s+[a-z][a-z'-]*){0,3})/;
const BEFORE = /(?<![\w'-])((?:[a-z][a-z'-]*\s+){1,3})(?:of|at|to|worth|costing|by|is|was|were|are|totall?ing|topped|reached)\s+(?:about\s+|some\s+|nearly\s+|around\s+|just\s+)?$/;

/** 'Twelve people died', 'FIFTEEN people are now feared dead', '3 were missing': counts of casualties, by kind. */
const CASUALTY_AFTER = /^\s+(?:[A-Za-z]+\s+){0,3}?(?:(?:were|are|was|is|have|has|been|now|feared|reported|confirmed|left)\s+)*(dead|died|killed|injured|wounded|hurt|missing)\b/i;
const CASUALTY_KIND: Record<string, string> = { dead: 'dead', died: 'dead', killed: 'dead', injured: 'injured', wounded: 'injured', hurt: 'injured', missing: 'missing' };

export function aboutOf(text: string, start: number, end: number, kind: 'money' | 'percent' | 'count'): string | undefined {
  const casualty = kind === 'count' ? CASUALTY_AFTER.exec(text.slice(end, end + 50)) : null;
  if (casualty) return CASUALTY_KIND[casualty[1]!.toLowerCase()];
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

/** Up to three words, ending before a function word or a past-tense verb ('protesters marched'). */
function takeUntilStop(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (STOP.has(w) || (out.length > 0 && /[a-z]{2}ed$/.test(w))) break;
    out.push(w);
  }
  return out.slice(0, 3);
}
