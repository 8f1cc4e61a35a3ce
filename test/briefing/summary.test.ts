import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadSentences, summarise } from '../../src/briefing/summary.ts';

test('GIVEN a wire article with a dateline WHEN summarised THEN the summary starts at the news, not at the dateline', () => {
  const text = 'LAKE VERRAN, Oct 4 (Coastline Press) - The ferry company raised its fares by a fifth on Friday, blaming fuel costs and a wage deal.\n\nPassengers said the rise was the third this year.';
  assert.match(leadSentences(text)[0]!, /^The ferry company raised its fares/);
  assert.match(summarise([{ id: 1, title: 'Ferry fares rise', text }]), /^The ferry company raised/);
});
