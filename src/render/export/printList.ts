// The list view printed: every event shown (the list on screen draws only the rows in view),
// one row each, under the dataset's title, a caption naming every filter on, and a citation
// line. Built as DOM text (never HTML from data) beside the app, which print.css hides.
import { showForPrint } from './printSlot';
import type { Dataset } from '../../core/model/types';
import { citationLine, filterLine, withoutBidiControls } from '../../core/scene/caption';
import { formatEventDate } from '../../core/time/format';
import { currentDates, t } from '../../core/i18n/translate';
import type { CaptionView } from '../../core/scene/caption';
import { markStyleOf } from '../markStyles';

export interface PrintListInput {
  dataset: Dataset;
  /** Indices of the events shown (filters and search-as-filter applied), ascending. */
  included: readonly number[];
  view: CaptionView;
  /** The view's address, for the citation line. */
  link: string | null;
}

function cell(row: HTMLTableRowElement, text: string, tag: 'td' | 'th' = 'td', auto = false): void {
  const node = document.createElement(tag);
  node.textContent = text;
  if (auto) node.dir = 'auto';
  row.appendChild(node);
}

/** The printable list, ready to be added to the page. */
export function buildPrintList({ dataset, included, view, link }: PrintListInput): HTMLElement {
  const section = document.createElement('section');
  section.className = 'print-list';
  const heading = document.createElement('h1');
  heading.textContent = withoutBidiControls(dataset.title);
  section.appendChild(heading);
  // In the page's language at print time, its dates too.
  const dates = currentDates();
  const lines = [
    t('{shown, number} of {total, plural, one {# event} other {# events}}, oldest first', { shown: included.length, total: dataset.events.length }),
    filterLine(view, dataset),
    link ? citationLine(dataset.title, link, Date.now(), dates) : null,
  ];
  for (const line of lines) {
    if (!line) continue;
    const paragraph = document.createElement('p');
    paragraph.textContent = line;
    section.appendChild(paragraph);
  }
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const name of [t('Date'), t('Type'), t('Title'), t('Actors'), t('Place')]) cell(head, name, 'th');
  const body = table.createTBody();
  for (const index of included) {
    const event = dataset.events[index]!;
    const row = body.insertRow();
    const type = markStyleOf(event.typeId, dataset).label;
    cell(row, formatEventDate(event, 'short', dates));
    cell(row, event.status === 'occurred' ? type : t('{type} ({status, select, planned {planned} other {reported later}})', { type, status: event.status }));
    cell(row, event.title, 'td', true);
    // Each name isolated, as on screen: an override in one cannot reorder the others.
    const actors = document.createElement('td');
    event.actorIds.forEach((id, k) => {
      if (k > 0) actors.append(', ');
      const name = document.createElement('bdi');
      name.textContent = dataset.actorById.get(id)?.name ?? id;
      actors.appendChild(name);
    });
    row.appendChild(actors);
    cell(row, event.record.location ?? '', 'td', true);
  }
  section.appendChild(table);
  if (included.length === 0) {
    const empty = document.createElement('p');
    empty.textContent = t('No events match the filters.');
    section.appendChild(empty);
  }
  return section;
}

/** Prints the list: the whole list in place of the app until the print is done. */
export function printList(input: PrintListInput): void {
  showForPrint(buildPrintList(input), 'has-print-list');
  window.print();
}
