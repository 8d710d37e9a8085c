// The part of the WHATWG URL class the core uses. The core compiles without the DOM
// library (so nothing in it can touch a document), yet URL parsing is plain data work
// that browsers, workers and Node all provide: it is reached through globalThis, typed here.

export interface WhatwgUrl {
  href: string;
  protocol: string;
  host: string;
  origin: string;
  hash: string;
  readonly searchParams: {
    get(name: string): string | null;
    set(name: string, value: string): void;
    delete(name: string): void;
  };
}

/** `new WhatwgUrlConstructor(url, base)` parses like `new URL(url, base)` and throws the same way. */
export const WhatwgUrlConstructor = (globalThis as unknown as { URL: new (url: string, base?: string) => WhatwgUrl }).URL;
