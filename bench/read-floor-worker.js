// @ts-check
// The load floor's worker (bench/read-floor.html): fetch, read in chunks, decode once,
// JSON.parse, the same steps and calls as src/app/loadData.ts's readLimited and the
// loader's parse, and then only the number of events back to the page.
self.onmessage = async (message) => {
  const response = await fetch(message.data, { cache: 'no-store' });
  if (!response.body) throw new Error('no body');
  const reader = response.body.getReader();
  /** @type {Uint8Array[]} */
  const chunks = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    chunks.push(value);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  const data = JSON.parse(new TextDecoder().decode(bytes));
  self.postMessage({ events: Array.isArray(data.events) ? data.events.length : 0 });
};
