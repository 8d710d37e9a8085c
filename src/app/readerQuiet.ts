// In the loading worker: waiting until the page's reader has left the page alone for a moment
// (the page says when they use it: PageMessage 'input'), so the work that follows the first
// render (the records, the last checks) does not take a core from their zooming and panning.

export class ReaderQuiet {
  private lastInputAt = -Infinity;

  constructor(
    private readonly quietMs: number,
    private readonly now: () => number = () => performance.now(),
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** The page said the reader used it just now. */
  heardInput(): void {
    this.lastInputAt = this.now();
  }

  /** Resolves once no input has been heard for `quietMs` (at once when none has been lately). */
  async quiet(): Promise<void> {
    for (;;) {
      const quietFor = this.now() - this.lastInputAt;
      if (quietFor >= this.quietMs) return;
      await this.sleep(this.quietMs - quietFor);
    }
  }
}
