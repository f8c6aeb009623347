// Where a text says it comes from: the owner in a page's copyright line, the outlet a quoted
// writer "writes in", and a URL given on a line of its own. All of these are read from the text;
// nothing is looked up.

export interface TextSource {
  name: string;
  url: string;
}

/** "© 2018 Name", "Copyright © 2002–2015 Name LLC. All rights reserved." at the start of a line. */
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\))\s*(?:copyright\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(\p{L}[^|/•·]*)/iu;
/** What ends a copyright owner's name: a reserved-rights clause, a sentence or a separator. */
const OWNER_END = /\.\s|\s[-–—]\s|,?\s*(?:all rights reserved|todos los derechos reservados|derechos reservados|tous droits réservés|alle rechte vorbehalten)\b.*$|\.$/iu;
/** "…," writes Jane Roe in Harbour Review / escribe … en … / écrit … dans … / schreibt … in … */
const WRITES_IN = /\b(?:writes|wrote|escribe|escribió|écrit|schreibt)\b[^.;:"“”]{0,80}?\s(?:in|en|dans)\s+((?:\p{Lu}[\p{L}'’&.-]*)(?:\s+(?:of|de|the|del|des)?\s*\p{Lu}[\p{L}'’&.-]*){1,5})/u;
const URL_LINE = /^(?:(?:source|url|link|fuente|enlace|lien|quelle)\s*:\s*)?(https?:\/\/[^\s<>"]{1,2000})$/i;

function copyrightOwner(line: string): string {
  const m = COPYRIGHT.exec(line.trim());
  if (!m) return '';
  const owner = m[1]!.split(OWNER_END)[0]!.trim().replace(/[\s.,;]+(?:\d{4}[\s.,;]*)?$/, '');
  const words = owner.split(/\s+/).length;
  return words >= 1 && words <= 7 && !/^all rights/i.test(owner) ? owner : '';
}

/** The source a text names: a copyright owner (the last one, as footers come last), else an outlet a writer "writes in". */
export function findSource(lines: string[]): TextSource {
  let name = '';
  let url = '';
  for (const line of lines) {
    name = copyrightOwner(line) || name;
    url ||= URL_LINE.exec(line.trim())?.[1] ?? '';
  }
  if (!name) {
    for (const line of lines) {
      const m = WRITES_IN.exec(line);
      if (m) {
        name = m[1]!.replace(/[.,]+$/, '');
        break;
      }
    }
  }
  return { name, url };
}
