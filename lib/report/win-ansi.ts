// The built-in PDF fonts (Helvetica) draw WinAnsi (Windows-1252) only: German, French, the Nordic
// languages and typographic punctuation, but not e.g. Polish or Czech letters, which would come out
// as wrong glyphs. Catalog texts stay within it (a unit test checks); what users typed — company and
// person names, an underwriter's subjectivities — is brought into it here: letters lose the accents
// WinAnsi lacks (Ł → L, ř → r; ó stays), anything else becomes "?".

const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const SUBSTITUTES: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', ĸ: 'k', Ŀ: 'L', ŀ: 'l', Ŧ: 'T', ŧ: 't', '→': '->', '−': '-', '‐': '-', '‑': '-', '≥': '>=', '≤': '<=', '\u2009': ' ', '\u202f': ' ' };

export function isWinAnsi(character: string): boolean {
  return (character >= ' ' && character <= 'ÿ') || WIN_ANSI_EXTRAS.includes(character) || character === '\n';
}

export function toWinAnsi(text: string): string {
  let out = '';
  for (const character of text) {
    if (isWinAnsi(character)) out += character;
    else if (SUBSTITUTES[character]) out += SUBSTITUTES[character];
    else {
      const base = character.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}
