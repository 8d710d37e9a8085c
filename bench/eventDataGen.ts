// A synthetic GDELT 2.0 events export (61 tab-separated columns, no header) for the
// event-data bench: invented actors, codes and addresses, seeded so every run reads the
// same file. About one row in ten mirrors the row before it (B→A of A→B, same day and
// code), as real exports do, so the import's merging is part of what is measured.
import { mulberry32 } from '../scripts/gen';

const COUNTRIES = ['USA', 'RUS', 'CHN', 'FRA', 'DEU', 'GBR', 'IND', 'BRA', 'ZAF', 'JPN', 'TUR', 'IRN', 'UKR', 'POL', 'NOR', 'CHL', 'MEX', 'EGY', 'NGA', 'IDN'];
const ROLES = ['GOV', 'MIL', 'BUS', 'MED', 'OPP', 'JUD', 'LEG', 'CVL'];
const ROLE_WORDS: Readonly<Record<string, string>> = { GOV: 'GOVERNMENT', MIL: 'MILITARY', BUS: 'BUSINESS', MED: 'MEDIA', OPP: 'OPPOSITION', JUD: 'JUDGE', LEG: 'LEGISLATURE', CVL: 'CIVILIAN' };
// Statements, consultations (calls and meetings), cooperation, aid, protest and force.
const CODES = ['010', '012', '036', '040', '041', '042', '043', '046', '057', '061', '0711', '112', '120', '130', '141', '173', '190'];

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

interface Actor {
  code: string;
  name: string;
  country: string;
  role: string;
}

function actorCells(actor: Actor | undefined): string[] {
  // Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code
  if (!actor) return ['', '', '', '', '', '', '', '', '', ''];
  return [actor.code, actor.name, actor.country, '', '', '', '', actor.role, '', ''];
}

function geoCells(place: string, country: string, random: () => number): string[] {
  // Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID
  return ['4', place, country.slice(0, 2), `${country.slice(0, 2)}01`, '', (random() * 140 - 70).toFixed(4), (random() * 340 - 170).toFixed(4), String(Math.floor(random() * 1e7))];
}

/** `rows` GDELT 2.0 event lines, one per row, each ending in a newline. */
export function gdeltExport(rows: number, seed = 1): string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const actors: Actor[] = [];
  for (let index = 0; index < 400; index++) {
    const country = pick(COUNTRIES);
    const role = pick(ROLES);
    actors.push({ code: `${country}${role}`, name: `${country} ${ROLE_WORDS[role]} ${index}`, country, role });
  }
  const lines: string[] = [];
  let previous: { day: string; code: string; actor1: Actor; actor2: Actor | undefined } | undefined;
  for (let index = 0; index < rows; index++) {
    let day: string;
    let code: string;
    let actor1: Actor;
    let actor2: Actor | undefined;
    if (previous?.actor2 && random() < 0.1) {
      // The mirror of the row before: the same interaction told from the other side.
      ({ day, code } = previous);
      actor1 = previous.actor2;
      actor2 = previous.actor1;
    } else {
      const dayOfYear = Math.floor(random() * 365);
      const date = new Date(Date.UTC(2024, 0, 1 + dayOfYear));
      day = `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
      code = pick(CODES);
      actor1 = pick(actors);
      actor2 = random() < 0.9 ? pick(actors) : undefined;
    }
    previous = { day, code, actor1, actor2 };
    const root = code.slice(0, 2);
    const cells = [
      String(1_100_000_000 + index), day, day.slice(0, 6), day.slice(0, 4), (Number(day.slice(0, 4)) + Number(day.slice(4, 6)) / 12).toFixed(4),
      ...actorCells(actor1), ...actorCells(actor2),
      '1', code, code.slice(0, 3), root, String(1 + (Number(root) % 4)), (random() * 20 - 10).toFixed(1), String(1 + Math.floor(random() * 20)), '1', String(1 + Math.floor(random() * 10)), (random() * 10 - 5).toFixed(6),
      ...geoCells(`Capital ${actor1.country}`, actor1.country, random),
      ...geoCells(`Capital ${actor2?.country ?? actor1.country}`, actor2?.country ?? actor1.country, random),
      ...geoCells(`City ${index % 500}, ${actor1.country}`, actor1.country, random),
      `${day}120000`, `https://news.example.org/${day}/story-${index}`,
    ];
    lines.push(cells.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
