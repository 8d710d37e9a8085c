// Ids for imported records: short, readable slugs that satisfy the schema's id pattern
// (^[A-Za-z0-9][A-Za-z0-9_.-]*$), unique within their list.

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const MAX_SLUG_LENGTH = 60;

export function isValidId(text: string): boolean {
  return ID_PATTERN.test(text);
}

/** "Zelenskyy's call!" → "zelenskyys-call"; "" when nothing usable is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off their letters: "é" → "e"
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    // Runs are single dashes by now; /-+$/ would rescan each run from every dash (quadratic).
    .replace(/^-|-$/g, '');
  return slug.length > MAX_SLUG_LENGTH ? slug.slice(0, MAX_SLUG_LENGTH).replace(/-$/, '') : slug;
}

/** Hands out ids that are unique within one list: "call", "call-2", "call-3"… */
export class IdAllocator {
  private readonly taken = new Set<string>();

  /** Marks an id as used without allocating (ids given verbatim elsewhere). */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** An id made from any text: its slug (or the fallback), made unique. */
  allocate(wanted: string, fallback: string): string {
    return this.unique(slugify(wanted) || fallback);
  }

  /** The suffix to try next per base: thousands of sources from one host must not each count up from 2. */
  private readonly nextSuffix = new Map<string, number>();

  /** A valid id kept exactly as given, made unique only if already taken. */
  unique(base: string): string {
    let id = base;
    if (this.taken.has(id)) {
      // Suffixes below the remembered one are taken already (ids are never released).
      let n = this.nextSuffix.get(base) ?? 2;
      // Each candidate is written once: thousands of sources on one host each try one.
      while (this.taken.has((id = `${base}-${n}`))) n++;
      this.nextSuffix.set(base, n + 1);
    }
    this.taken.add(id);
    return id;
  }
}
