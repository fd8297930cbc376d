// The download's file name: Signet-Risk-Report-<client>-<yyyy-mm-dd>.pdf in plain ASCII, so every
// browser and mail client keeps it (no quoting problems in Content-Disposition either).

const SPELLED_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', æ: 'ae', Æ: 'Ae', ø: 'o', Ø: 'O', œ: 'oe', Œ: 'Oe' };

/** "Hansen Maschinenbau GmbH" → "Hansen-Maschinenbau-GmbH"; "Müller & Söhne" → "Mueller-Soehne". */
export function asciiSlug(text: string): string {
  const slug = text
    .replace(/[äöüÄÖÜßæÆøØœŒ]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'Client';
}

export function reportFileName(clientName: string, isoDate: string): string {
  return `Signet-Risk-Report-${asciiSlug(clientName)}-${isoDate}.pdf`;
}
