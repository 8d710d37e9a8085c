// TimelineJS text is HTML; Stanceline text is plain. This turns the one into the other
// without a DOM (the core has none): tags are dropped, block ends become line breaks and
// the common entities are decoded, once, so `&amp;lt;` stays the literal text "&lt;".
// The result is only ever shown as text, so nothing here has to be "safe HTML".

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ldquo: '\u201c', rdquo: '\u201d', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', middot: '\u00b7',
  bull: '\u2022', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', euro: '\u20ac',
  pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6', times: '\u00d7',
  divide: '\u00f7', plusmn: '\u00b1', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be',
  iexcl: '\u00a1', iquest: '\u00bf', shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', yacute: 'ý',
  Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú',
  agrave: 'à', egrave: 'è', igrave: 'ì', ograve: 'ò', ugrave: 'ù',
  Agrave: 'À', Egrave: 'È', Ograve: 'Ò',
  acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û',
  auml: 'ä', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', yuml: 'ÿ',
  Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü',
  atilde: 'ã', ntilde: 'ñ', otilde: 'õ', Ntilde: 'Ñ', ccedil: 'ç', Ccedil: 'Ç',
  aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', oslash: 'ø', Oslash: 'Ø', szlig: 'ß',
};

// Elements whose end (or whose self) separates lines of text.
const LINE_BREAK = new Set(['br']);
const BLOCK = new Set([
  'p', 'div', 'blockquote', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'table', 'tr', 'pre', 'figure', 'figcaption', 'hr',
]);
// Elements whose content is not text a reader sees.
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);

export interface PlainText {
  text: string;
  /** How many links (<a href>) were reduced to their words. */
  links: number;
  /** Whether any markup was present (tags or entities). */
  hadMarkup: boolean;
}

function decodeEntity(entity: string): string | undefined {
  if (entity.startsWith('#x') || entity.startsWith('#X')) {
    const code = Number.parseInt(entity.slice(2), 16);
    return validCodePoint(code) ? String.fromCodePoint(code) : undefined;
  }
  if (entity.startsWith('#')) {
    const code = Number.parseInt(entity.slice(1), 10);
    return validCodePoint(code) ? String.fromCodePoint(code) : undefined;
  }
  return NAMED_ENTITIES[entity];
}

function validCodePoint(code: number): boolean {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}

/** Decodes character references; unknown ones are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, entity: string) => decodeEntity(entity) ?? whole);
}

/** Index just after the `>` closing a tag that starts at `start`, honouring quoted attribute values. */
function endOfTag(html: string, start: number): number {
  let quote: string | undefined;
  for (let i = start + 1; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return html.length; // an unclosed tag swallows the rest, as a browser would
}

/**
 * Plain text of an HTML fragment: paragraphs separated by a blank line, <br> by a line
 * break, runs of white space collapsed as a browser collapses them.
 */
export function htmlToText(html: string): PlainText {
  const pieces: string[] = [];
  let links = 0;
  let hadMarkup = false;
  let hiddenUntil: string | undefined;
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    const textEnd = open < 0 ? html.length : open;
    if (textEnd > at && !hiddenUntil) pieces.push(html.slice(at, textEnd));
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      hadMarkup = true;
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    // Only "<" followed by a letter, "/", "!" or "?" starts a tag; "a < b" is text.
    const next = html[open + 1] ?? '';
    if (!/[A-Za-z/!?]/.test(next)) {
      if (!hiddenUntil) pieces.push('<');
      at = open + 1;
      continue;
    }
    hadMarkup = true;
    const end = endOfTag(html, open);
    const tag = html.slice(open, end);
    const match = /^<\/?\s*([A-Za-z][A-Za-z0-9-]*)/.exec(tag);
    const name = match?.[1]?.toLowerCase() ?? '';
    const closing = tag.startsWith('</');
    at = end;
    if (hiddenUntil) {
      if (closing && name === hiddenUntil) hiddenUntil = undefined;
      continue;
    }
    if (HIDDEN.has(name) && !closing && !tag.endsWith('/>')) {
      hiddenUntil = name;
      continue;
    }
    if (name === 'a' && !closing && /\shref\s*=/i.test(tag)) links++;
    if (LINE_BREAK.has(name)) pieces.push('\u0000br\u0000');
    else if (BLOCK.has(name)) pieces.push('\u0000p\u0000');
  }
  const raw = pieces.join('');
  if (/&[#A-Za-z0-9]+;/.test(raw)) hadMarkup = true;
  // Collapse white space inside each line, then decode (an &nbsp; must survive the collapse).
  const paragraphs = raw
    .split('\u0000p\u0000')
    .map((paragraph) =>
      paragraph
        .split('\u0000br\u0000')
        .map((line) => decodeEntities(line.replace(/[ \t\r\n\f]+/g, ' ')).trim())
        .join('\n')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '');
  return { text: paragraphs.join('\n\n'), links, hadMarkup };
}
