/**
 * Settle overlapping matches: the longest wins, then the earliest; the kept ones come back in
 * text order. Linear in the total length of the matches.
 *
 *   keepLongest([{start: 0, end: 6}, {start: 0, end: 13}, {start: 20, end: 24}], 30) → [{0, 13}, {20, 24}]
 */
export function keepLongest<T extends { start: number; end: number }>(matches: T[], textLength: number): T[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(textLength);
  const kept: T[] = [];
  for (const m of sorted) {
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
