/**
 * The key under which two spellings of one name meet, in an article and across the store.
 *
 *   entityKey('Jinping Xi') === entityKey('Xi Jinping')            // word order
 *   entityKey('Zelenskyy') === entityKey('Zelenskiy') === entityKey('Zelensky')
 *   entityKey('Abu Bakr al-Baghdadi') === entityKey('Abu Bakr Baghdadi')   // particles
 *   entityKey("O'Neill") === entityKey('ONeil');  entityKey('José Müller') === entityKey('Jose Muller')
 *   entityKey('John Smith') !== entityKey('Jane Smith')
 *
 * Folds: case, accents, apostrophes/hyphens/dots, particles (al, el, ul), doubled letters, kh→h, ou→u, Abdel/Abdal→Abdul,
 * a final -iy/-yy/-ii/-y → -i, the spellings of Muhammad. Each word keeps its own letters otherwise, so different first names never meet.
 */
const PARTICLES = new Set(['al', 'el', 'ul', 'the']);
const MUHAMMAD = /^m[ou]ham+[ae]d$/;

export function entityKey(name: string): string {
  const ascii = /^[\x20-\x7e]*$/.test(name);
  const words = (ascii ? name : name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/['\u2019`.]/g, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/);
  const out: string[] = [];
  for (const w of words) {
    if (!w || PARTICLES.has(w)) continue;
    out.push(foldWord(w));
  }
  return out.sort().join(' ');
}

function foldWord(w: string): string {
  if (MUHAMMAD.test(w)) return 'muhamad'; // Muhammad, Mohammed, Mohamed, Mohammad, Muhammed
  // ('Abdel'/'Abdul'/'Abdal', 'Mansour'/'Mansur', 'Youssef'/'Yusef': Arabic names in French and English spelling)
  const s = w.replace(/^abd[aeu]l(?=.)/, 'abdul').replace(/^abd[aeu]l$/, 'abdul').replace(/ou/g, 'u').replace(/kh/g, 'h').replace(/([a-z])\1+/g, '$1');
  return s.length > 2 ? s.replace(/(?:iy|y)$/, 'i') : s;
}
