// Text widths without a browser, for laying out labels in Node (tests, command-line
// pictures): the advance widths of a Helvetica-like sans-serif, in thousandths of an em,
// for printable ASCII; wide scripts count a full em, combining marks none. In a browser
// the chart measures with canvas measureText instead, in the font it draws with.
import type { TextMeasure } from './labels';

// Helvetica's advance widths for code points 32–126 (its published font metrics).
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667,
  667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500,
  556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

function advance(code: number): number {
  if (code >= 32 && code <= 126) return ASCII_WIDTHS[code - 32]!;
  // Combining marks take no room of their own.
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x591 && code <= 0x5c7) || (code >= 0x610 && code <= 0x61a) || (code >= 0x64b && code <= 0x65f)) return 0;
  // Han, kana, hangul and fullwidth forms are a full em wide.
  if ((code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)) return 1000;
  return 556;
}

/** A measure for text at `fontSize` px from the table above. */
export function tableMeasure(fontSize: number): TextMeasure {
  return (text: string) => {
    let width = 0;
    for (const char of text) width += advance(char.codePointAt(0)!);
    return (width * fontSize) / 1000;
  };
}

/** The direction a string reads in, from its first strong character (as `dir="auto"` decides). */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    // Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
    if ((code >= 0x590 && code <= 0x8ff) || (code >= 0xfb1d && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) return 'rtl';
    if (/\p{L}/u.test(char)) return 'ltr';
  }
  return 'ltr';
}
