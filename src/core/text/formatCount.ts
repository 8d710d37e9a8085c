// Counts with thousands separators ("12,345"), as toLocaleString('en') writes them but
// without Intl: the first Intl call initialises ICU, tens of milliseconds on the way to
// the first render (docs/performance.md).

/** A whole number with commas between groups of three digits; other numbers as String() writes them. */
export function formatCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${grouped}` : grouped;
}
