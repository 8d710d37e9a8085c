// Counts with thousands separators ("12,345"), as toLocaleString('en') writes them but
// without Intl: the first Intl call initialises ICU, tens of milliseconds on the way to
// the first render (docs/performance.md).

/** A whole number with commas between groups of three digits; other numbers as String() writes them. */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count));
  // Groups of three from the end, by slicing (a look-ahead to the end from every digit is quadratic).
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = `${digits.slice(Math.max(0, end - 3), end)}${grouped === '' ? '' : `,${grouped}`}`;
  return count < 0 ? `-${grouped}` : grouped;
}
