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
const BEFORE = /(?<![\w'-])((?:[A-Za-z][a-z'-]*\s+){1,3})(?:of|at|to|worth|costing|by|is|was|were|are|totall?ing|topped|reached)\s+(?:about\s+|some\s+|nearly\s+|around\s+|just\s+)?$/;

/** 'Twelve people died', 'FIFTEEN people are now feared dead', '3 were missing': counts of casualties, by kind. */
const CASUALTY_AFTER = /^\s+(?:[A-Za-z]+\s+){0,3}?(?:(?:were|are|was|is|have|has|been|now|feared|reported|confirmed|left)\s+)*(dead|died|killed|injured|wounded|hurt|missing)\b/i;
const CASUALTY_KIND: Record<string, string> = { dead: 'dead', died: 'dead', killed: 'dead', injured: 'injured', wounded: 'injured', hurt: 'injured', missing: 'missing',
  killing: 'dead', kills: 'dead', injuring: 'injured', wounding: 'injured', 'death toll': 'dead', toll: 'dead', deaths: 'dead', casualties: 'dead',
  injuries: 'injured', arrested: 'arrested', rescued: 'rescued', evacuated: 'evacuated' };

export function aboutOf(text: string, start: number, end: number, kind: 'money' | 'percent' | 'count'): string | undefined {
  const casualty = kind === 'count' ? CASUALTY_AFTER.exec(text.slice(end, end + 50)) : null;
  if (casualty) return CASUALTY_KIND[casualty[1]!.toLowerCase()];
  const after = AFTER.exec(text.slice(end, end + 60));
  const afterWords = after && !CALENDAR.test(after[1]!) && (kind !== 'percent' || /^\s+(?:of|in)\s/.test(text.slice(end, end + 5))) ? takeUntilStop(after[1]!.split(/\s+/)) : [];
  if (kind === 'count') {
    // 'The flood killed 57 (people)', 'the death toll rose to 57': the verb or noun before says what is counted
    const before = CASUALTY_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (before && (!afterWords.length || GENERIC_PEOPLE.test(afterWords[0]!))) return CASUALTY_KIND[before[1]!.toLowerCase()] ?? 'dead';
    return afterWords.length ? afterWords.join(' ') : undefined;
  }
  if (afterWords.length) return afterWords.join(' ');
  const before = BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (!before) return undefined;
  const words = before[1]!.trim().split(/\s+/);
  while (words.length > 1 && MOVES.test(words[words.length - 1]!)) words.pop(); // 'Inflation fell to 2.4%' → 'inflation'
  const tail: string[] = [];
  for (let i = words.length - 1; i >= 0 && !STOP.has(words[i]!.toLowerCase()); i--) tail.unshift(words[i]!.toLowerCase());
  return tail.length ? tail.slice(-2).join(' ') : undefined;
}

const CALENDAR = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const CASUALTY_BEFORE = /\b(killed|killing|kills|injured|injuring|wounded|wounding|death toll|toll|deaths|injuries|casualties|arrested|rescued|evacuated)\b(?:\s+[a-z]+){0,3}\s+$/i;
const GENERIC_PEOPLE = /^(?:people|persons|others|civilians|passengers|residents|children|soldiers|workers|migrants|pilgrims|tourists|villagers)$/;
/** Verbs of change between a quantity and its new level: 'inflation fell to', 'sales rose by'. */
const MOVES = /^(?:fell|rose|grew|dropped|climbed|jumped|slowed|slipped|eased|increased|decreased|declined|surged|soared|plunged|tumbled|edged|stood|reached|hit|was|were|is|are|has|had)$/;

/** Up to three words, ending before a function word or a past-tense verb ('protesters marched'). */
function takeUntilStop(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (STOP.has(w) || (out.length > 0 && /[a-z]{2}ed$/.test(w))) break;
    out.push(w);
  }
  return out.slice(0, 3);
}
