// @ts-check
// vis-timeline fed the same data file as Stanceline (?data=URL): one group per actor,
// nested under a group per country; each event an item in its first actor's lane (so the
// item count equals the event count, as in the figures), a point when it is a day
// or an instant, a range when it is a month, a year or a span with `end`.
// It marks 'bench:rendered' when vis-timeline reports its initial draw complete (below).

/** @typedef {{ id: string, type: string, date: string, end?: string, actors: string[], title: string }} EventRecord */

const status = /** @type {HTMLElement} */ (document.getElementById('status'));

/** Text for vis-timeline's HTML content, escaped: data is never injected as markup. */
function escapeHtml(/** @type {string} */ text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The interval a date covers, ms since epoch (UTC): [start, end).
 * @param {string} text ISO 8601 at year, month, day or minute precision, maybe with an EDTF qualifier.
 * @returns {[number, number, boolean]} start, end and whether it is an instant or day (a point).
 */
function interval(text) {
  const bare = text.replace(/[~?%]$/, '');
  if (/^\d{4}$/.test(bare)) {
    const year = Number(bare);
    return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1), false];
  }
  if (/^\d{4}-\d{2}$/.test(bare)) {
    const year = Number(bare.slice(0, 4));
    const month = Number(bare.slice(5, 7)) - 1;
    return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1), false];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(bare)) {
    const start = Date.parse(`${bare}T00:00Z`);
    return [start, start + 86_400_000, true];
  }
  const instant = Date.parse(bare);
  return [instant, instant + 60_000, true];
}

async function main() {
  const dataOption = new URLSearchParams(location.search).get('data');
  if (!dataOption) throw new Error('Give the data file as ?data=URL.');
  const response = await fetch(new URL(dataOption, location.href), { cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not load ${dataOption}: ${response.status}`);
  const file = await response.json();

  const actorsByCountry = new Map();
  for (const actor of file.actors) {
    const list = actorsByCountry.get(actor.country) ?? [];
    list.push(actor);
    actorsByCountry.set(actor.country, list);
  }
  const groups = [];
  for (const country of file.countries) {
    const actors = actorsByCountry.get(country.id) ?? [];
    groups.push({ id: `country:${country.id}`, content: escapeHtml(country.name), nestedGroups: actors.map((/** @type {{ id: string }} */ a) => `actor:${a.id}`), showNested: true });
    for (const actor of actors) groups.push({ id: `actor:${actor.id}`, content: escapeHtml(actor.name) });
  }

  const items = file.events.map((/** @type {EventRecord} */ event) => {
    const [start, dateEnd, point] = interval(event.date);
    const end = event.end ? interval(event.end)[1] : dateEnd;
    const isPoint = point && !event.end;
    return {
      id: event.id,
      group: `actor:${event.actors[0]}`,
      content: escapeHtml(event.title),
      start,
      end: isPoint ? undefined : end,
      type: isPoint ? 'point' : 'range',
    };
  });

  // @ts-expect-error: the UMD build defines the global `vis`.
  const vis = window.vis;
  const container = /** @type {HTMLElement} */ (document.getElementById('timeline'));
  // Wheel zooms and drag pans (vis-timeline's defaults); no vertical scrolling, so the
  // wheel does one thing, as in Stanceline. The window starts fitted to all items (its
  // default; giving start and end instead leaves 8.5.4 waiting for a second redraw that
  // nothing triggers). vis-timeline keeps its root hidden until its initial draw with the
  // items is complete, then calls onInitialDrawComplete: that is its first full render.
  const timeline = new vis.Timeline(container, new vis.DataSet(items), new vis.DataSet(groups), {
    height: `${container.clientHeight}px`,
    orientation: 'top',
    zoomMin: 60_000,
    onInitialDrawComplete: () => {
      performance.mark('bench:rendered');
      status.textContent = `${items.length} items in ${groups.length} groups`;
    },
  });
  Object.defineProperty(window, '__benchTimeline', { value: timeline });
}

main().catch((error) => {
  status.textContent = String(error);
  console.error(error);
});
