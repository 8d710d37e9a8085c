// Synthetic Stanceline datasets for the benchmark and for trying the app at scale.
//
//   npm run gen -- --events 100000 --actors 200 --countries 40 --seed 1 --out bench-data/e100k.json
//
// The output is the real data format (data-format.md, src/core/model/types.ts) and loads
// with no errors and no warnings: every reference resolves, every record is used, every
// event cites a source. It is deterministic: the same arguments give a byte-identical file
// (the output path is not part of the content). Times cluster in bursts, actors differ in how
// active they are, and each actor's stance on a topic drifts over time with occasional
// shifts, so the timeline and the positions view have something real to show.
//
// Speed matters (100k to 1M events): event times live in typed arrays, records are
// serialised one at a time into a buffered sink, and nothing holds the whole file as text.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format } from 'date-fns';
import { UTCDate } from '../src/core/time/utc';
import type {
  ActorRecord,
  CountryRecord,
  EventRecord,
  EventStatus,
  EventType,
  PositionRecord,
  QuoteRecord,
  SourceRecord,
  Stance,
  TopicRecord,
} from '../src/core/model/types';
import { formatCount } from '../src/core/text/formatCount';

export interface GenOptions {
  events: number;
  actors: number;
  countries: number;
  seed: number;
  /** First calendar year covered (UTC). */
  fromYear: number;
  /** Last calendar year covered, inclusive. */
  toYear: number;
}

export const DEFAULT_GEN_OPTIONS: Readonly<GenOptions> = {
  events: 1000,
  actors: 200,
  countries: 40,
  seed: 1,
  fromYear: 2015,
  toYear: 2024,
};

export interface GenSummary {
  events: number;
  actors: number;
  countries: number;
  topics: number;
  sources: number;
  positions: number;
  quotes: number;
  /** Characters written (equal to bytes: the output is ASCII apart from a few names). */
  characters: number;
}

// ---------------------------------------------------------------------------
// Randomness: mulberry32, one independent stream per concern, so that changing how
// (say) quotes are worded does not reshuffle every event time.

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashString(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

class Random {
  private readonly next: () => number;
  private spareNormal: number | null = null;

  constructor(seed: number, stream: string) {
    this.next = mulberry32((seed ^ hashString(stream)) >>> 0);
  }

  float(): number {
    return this.next();
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Standard normal (Box–Muller, both values used). */
  normal(): number {
    if (this.spareNormal !== null) {
      const value = this.spareNormal;
      this.spareNormal = null;
      return value;
    }
    const u = 1 - this.next();
    const v = this.next();
    const radius = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = radius * Math.sin(2 * Math.PI * v);
    return radius * Math.cos(2 * Math.PI * v);
  }
}

/** Picks indices in proportion to fixed weights (cumulative sums and a binary search). */
class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(weights: ArrayLike<number>) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      total += weights[i] ?? 0;
      this.cumulative[i] = total;
    }
  }

  pick(random: Random): number {
    const cumulative = this.cumulative;
    const target = random.float() * (cumulative[cumulative.length - 1] ?? 0);
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}

// ---------------------------------------------------------------------------
// Vocabulary. Real ISO 3166-1 alpha-2 codes first; beyond them, ISO-like three-letter
// codes from the X range (which ISO leaves to private use) with invented names.

interface CountrySeed {
  id: string;
  name: string;
  city: string;
  /** Standard-time UTC offset in minutes, for minute-precision dates written in local time. */
  offset: number;
}

const REAL_COUNTRIES: readonly CountrySeed[] = [
  { id: 'US', name: 'United States', city: 'Washington', offset: -300 },
  { id: 'GB', name: 'United Kingdom', city: 'London', offset: 0 },
  { id: 'FR', name: 'France', city: 'Paris', offset: 60 },
  { id: 'DE', name: 'Germany', city: 'Berlin', offset: 60 },
  { id: 'UA', name: 'Ukraine', city: 'Kyiv', offset: 120 },
  { id: 'RU', name: 'Russia', city: 'Moscow', offset: 180 },
  { id: 'CN', name: 'China', city: 'Beijing', offset: 480 },
  { id: 'JP', name: 'Japan', city: 'Tokyo', offset: 540 },
  { id: 'IN', name: 'India', city: 'New Delhi', offset: 330 },
  { id: 'BR', name: 'Brazil', city: 'Brasília', offset: -180 },
  { id: 'ZA', name: 'South Africa', city: 'Pretoria', offset: 120 },
  { id: 'NG', name: 'Nigeria', city: 'Abuja', offset: 60 },
  { id: 'KE', name: 'Kenya', city: 'Nairobi', offset: 180 },
  { id: 'EG', name: 'Egypt', city: 'Cairo', offset: 120 },
  { id: 'TR', name: 'Türkiye', city: 'Ankara', offset: 180 },
  { id: 'PL', name: 'Poland', city: 'Warsaw', offset: 60 },
  { id: 'IT', name: 'Italy', city: 'Rome', offset: 60 },
  { id: 'ES', name: 'Spain', city: 'Madrid', offset: 60 },
  { id: 'CA', name: 'Canada', city: 'Ottawa', offset: -300 },
  { id: 'MX', name: 'Mexico', city: 'Mexico City', offset: -360 },
  { id: 'AR', name: 'Argentina', city: 'Buenos Aires', offset: -180 },
  { id: 'CL', name: 'Chile', city: 'Santiago', offset: -240 },
  { id: 'CO', name: 'Colombia', city: 'Bogotá', offset: -300 },
  { id: 'AU', name: 'Australia', city: 'Canberra', offset: 600 },
  { id: 'NZ', name: 'New Zealand', city: 'Wellington', offset: 720 },
  { id: 'ID', name: 'Indonesia', city: 'Jakarta', offset: 420 },
  { id: 'KR', name: 'South Korea', city: 'Seoul', offset: 540 },
  { id: 'SA', name: 'Saudi Arabia', city: 'Riyadh', offset: 180 },
  { id: 'IR', name: 'Iran', city: 'Tehran', offset: 210 },
  { id: 'IL', name: 'Israel', city: 'Jerusalem', offset: 120 },
  { id: 'PK', name: 'Pakistan', city: 'Islamabad', offset: 300 },
  { id: 'BD', name: 'Bangladesh', city: 'Dhaka', offset: 360 },
  { id: 'VN', name: 'Vietnam', city: 'Hanoi', offset: 420 },
  { id: 'TH', name: 'Thailand', city: 'Bangkok', offset: 420 },
  { id: 'PH', name: 'Philippines', city: 'Manila', offset: 480 },
  { id: 'MY', name: 'Malaysia', city: 'Kuala Lumpur', offset: 480 },
  { id: 'SE', name: 'Sweden', city: 'Stockholm', offset: 60 },
  { id: 'NO', name: 'Norway', city: 'Oslo', offset: 60 },
  { id: 'FI', name: 'Finland', city: 'Helsinki', offset: 120 },
  { id: 'DK', name: 'Denmark', city: 'Copenhagen', offset: 60 },
  { id: 'NL', name: 'Netherlands', city: 'The Hague', offset: 60 },
  { id: 'BE', name: 'Belgium', city: 'Brussels', offset: 60 },
  { id: 'AT', name: 'Austria', city: 'Vienna', offset: 60 },
  { id: 'CH', name: 'Switzerland', city: 'Bern', offset: 60 },
  { id: 'GR', name: 'Greece', city: 'Athens', offset: 120 },
  { id: 'RO', name: 'Romania', city: 'Bucharest', offset: 120 },
  { id: 'HU', name: 'Hungary', city: 'Budapest', offset: 60 },
  { id: 'CZ', name: 'Czechia', city: 'Prague', offset: 60 },
  { id: 'PT', name: 'Portugal', city: 'Lisbon', offset: 0 },
  { id: 'IE', name: 'Ireland', city: 'Dublin', offset: 0 },
  { id: 'EE', name: 'Estonia', city: 'Tallinn', offset: 120 },
  { id: 'LV', name: 'Latvia', city: 'Riga', offset: 120 },
  { id: 'LT', name: 'Lithuania', city: 'Vilnius', offset: 120 },
  { id: 'GE', name: 'Georgia', city: 'Tbilisi', offset: 240 },
  { id: 'AM', name: 'Armenia', city: 'Yerevan', offset: 240 },
  { id: 'AZ', name: 'Azerbaijan', city: 'Baku', offset: 240 },
  { id: 'KZ', name: 'Kazakhstan', city: 'Astana', offset: 300 },
  { id: 'ET', name: 'Ethiopia', city: 'Addis Ababa', offset: 180 },
  { id: 'GH', name: 'Ghana', city: 'Accra', offset: 0 },
  { id: 'SN', name: 'Senegal', city: 'Dakar', offset: 0 },
  { id: 'MA', name: 'Morocco', city: 'Rabat', offset: 60 },
  { id: 'QA', name: 'Qatar', city: 'Doha', offset: 180 },
  { id: 'AE', name: 'United Arab Emirates', city: 'Abu Dhabi', offset: 240 },
  { id: 'SG', name: 'Singapore', city: 'Singapore', offset: 480 },
  { id: 'PE', name: 'Peru', city: 'Lima', offset: -300 },
];

const ORGANIZATIONS: readonly CountrySeed[] = [
  { id: 'UN', name: 'United Nations', city: 'New York', offset: -300 },
  { id: 'EU', name: 'European Union', city: 'Brussels', offset: 60 },
  { id: 'NATO', name: 'NATO', city: 'Brussels', offset: 60 },
  { id: 'OAS', name: 'Organization of American States', city: 'Washington', offset: -300 },
  { id: 'ASEAN', name: 'ASEAN', city: 'Jakarta', offset: 420 },
  { id: 'OSCE', name: 'OSCE', city: 'Vienna', offset: 60 },
  { id: 'WTO', name: 'World Trade Organization', city: 'Geneva', offset: 60 },
  { id: 'IAEA', name: 'International Atomic Energy Agency', city: 'Vienna', offset: 60 },
];

const NAME_SYLLABLES = ['var', 'lon', 'dor', 'mar', 'kes', 'tal', 'bri', 'sol', 'nev', 'ost', 'rin', 'ga', 'mo', 'zu', 'ka', 'ter', 'ela', 'vin'];
const NAME_ENDINGS = ['ia', 'land', 'stan', 'ora', 'eth', 'avia', 'ica', 'ond'];

const FIRST_NAMES = [
  'Amara', 'Lena', 'Tomasz', 'Sofia', 'Kwame', 'Ingrid', 'Hiroshi', 'Priya', 'Mateo', 'Olga', 'Youssef', 'Chen',
  'Fatima', 'Lars', 'Aiko', 'Diego', 'Nadia', 'Pieter', 'Grace', 'Andrei', 'Leila', 'Samuel', 'Mei', 'Rafael',
  'Zanele', 'Henrik', 'Ana', 'Omar', 'Keiko', 'Jonas', 'Aisha', 'Marco', 'Elif', 'David', 'Sione', 'Irina',
  'Kofi', 'Marta', 'Ravi', 'Camille', 'Tariq', 'Yuki', 'Oksana', 'Felipe', 'Ngozi', 'Emil', 'Hana', 'Luis',
  'Astrid', 'Karim', 'Vera', 'Thabo', 'Julia', 'Arjun', 'Maya', 'Bogdan', 'Salma', 'Erik', 'Lucia', 'Daniel',
];

const LAST_NAMES = [
  'Okafor', 'Schmidt', 'Kowalski', 'Rossi', 'Mensah', 'Larsen', 'Tanaka', 'Sharma', 'García', 'Petrova', 'Haddad',
  'Wang', 'Bello', 'Nilsson', 'Sato', 'Fernández', 'Karimi', 'de Vries', 'Mwangi', 'Popescu', 'Nasser', 'Adeyemi',
  'Li', 'Costa', 'Dlamini', 'Johansson', 'Silva', 'Farouk', 'Yamamoto', 'Weber', 'Abdi', 'Bianchi', 'Yilmaz',
  'Cohen', 'Tupou', 'Ivanova', 'Asante', 'Nowak', 'Patel', 'Lefèvre', 'Qureshi', 'Kobayashi', 'Shevchenko',
  'Moreno', 'Eze', 'Lindqvist', 'Novák', 'Ortiz', 'Berg', 'Rahman', 'Horvat', 'Ndlovu', 'Keller', 'Iyer',
  'Levi', 'Marin', 'Hussein', 'Andersen', 'Romero', 'Fischer',
];

const LEADER_ROLES = ['President', 'Prime Minister', 'Chancellor', 'Head of State'];
const MINISTER_ROLES = [
  'Foreign Minister', 'Defence Minister', 'Finance Minister', 'Trade Minister', 'Energy Minister',
  'Ambassador to the United Nations', 'National Security Adviser', 'Interior Minister', 'Climate Envoy',
  'Deputy Foreign Minister', 'Government Spokesperson', 'Leader of the Opposition',
];
const ORGANIZATION_ROLES = [
  'Secretary-General', 'High Representative', 'Spokesperson', 'Deputy Secretary-General', 'Special Envoy',
  'Commissioner for Trade', 'Director-General',
];

interface TopicSeed extends TopicRecord {
  /** A lower-case noun phrase for titles and summaries ("a carbon price"). */
  phrase: string;
  tag: string;
}

const TOPICS: readonly TopicSeed[] = [
  { id: 'carbon-price', label: 'Carbon price', support: 'A national carbon price should be introduced', oppose: 'No carbon price should be introduced', phrase: 'a carbon price', tag: 'climate' },
  { id: 'coal-phase-out', label: 'Coal phase-out', support: 'Coal power should be phased out by 2035', oppose: 'Coal power should not be phased out on a fixed date', phrase: 'the coal phase-out', tag: 'energy' },
  { id: 'sanctions-relief', label: 'Sanctions relief', support: 'Sanctions should be eased in exchange for talks', oppose: 'Sanctions should stay until the demands are met', phrase: 'sanctions relief', tag: 'sanctions' },
  { id: 'arms-deliveries', label: 'Arms deliveries', support: 'Arms deliveries to the embattled government should continue', oppose: 'Arms deliveries to the embattled government should stop', phrase: 'arms deliveries', tag: 'security' },
  { id: 'ceasefire-talks', label: 'Ceasefire talks', support: 'Ceasefire talks should start without preconditions', oppose: 'Ceasefire talks should wait until troops withdraw', phrase: 'ceasefire talks', tag: 'security' },
  { id: 'alliance-enlargement', label: 'Alliance enlargement', support: 'The alliance should admit new members', oppose: 'The alliance should not admit new members', phrase: 'alliance enlargement', tag: 'security' },
  { id: 'free-trade-agreement', label: 'Free-trade agreement', support: 'The regional free-trade agreement should be ratified', oppose: 'The regional free-trade agreement should be rejected', phrase: 'the free-trade agreement', tag: 'trade' },
  { id: 'tariffs-steel', label: 'Steel tariffs', support: 'Tariffs on imported steel should be raised', oppose: 'Tariffs on imported steel should be lifted', phrase: 'steel tariffs', tag: 'trade' },
  { id: 'migration-quota', label: 'Migration quotas', support: 'Asylum seekers should be shared by binding quotas', oppose: 'Asylum quotas should stay voluntary', phrase: 'binding migration quotas', tag: 'migration' },
  { id: 'border-controls', label: 'Border controls', support: 'Internal border controls should be reintroduced', oppose: 'Internal borders should stay open', phrase: 'border controls', tag: 'migration' },
  { id: 'debt-relief', label: 'Debt relief', support: 'Creditors should write down the debts of the poorest countries', oppose: 'Debts should be rescheduled, not written down', phrase: 'debt relief', tag: 'finance' },
  { id: 'digital-tax', label: 'Digital services tax', support: 'Large digital platforms should pay a turnover tax', oppose: 'Digital platforms should be taxed only on profits', phrase: 'a digital services tax', tag: 'finance' },
  { id: 'nuclear-deal', label: 'Nuclear agreement', support: 'The nuclear agreement should be restored', oppose: 'The nuclear agreement should be abandoned', phrase: 'the nuclear agreement', tag: 'nonproliferation' },
  { id: 'peacekeeping-mission', label: 'Peacekeeping mission', support: 'The peacekeeping mission should be extended', oppose: 'The peacekeeping mission should end this year', phrase: 'the peacekeeping mission', tag: 'security' },
  { id: 'vaccine-patents', label: 'Vaccine patent waiver', support: 'Patents on pandemic vaccines should be waived', oppose: 'Vaccine patents should be kept in force', phrase: 'a vaccine patent waiver', tag: 'health' },
  { id: 'arctic-drilling', label: 'Arctic drilling', support: 'Oil drilling in the Arctic should be allowed', oppose: 'Oil drilling in the Arctic should be banned', phrase: 'Arctic drilling', tag: 'energy' },
  { id: 'security-council-reform', label: 'Security Council reform', support: 'The UN Security Council should gain permanent members', oppose: 'The Security Council should keep its present membership', phrase: 'Security Council reform', tag: 'multilateralism' },
  { id: 'ai-regulation', label: 'AI regulation', support: 'Artificial intelligence should be regulated by binding law', oppose: 'Artificial intelligence should be governed by voluntary codes', phrase: 'AI regulation', tag: 'technology' },
  { id: 'grain-corridor', label: 'Grain corridor', support: 'The maritime grain corridor should be kept open', oppose: 'The grain corridor arrangement should lapse', phrase: 'the grain corridor', tag: 'food' },
  { id: 'refugee-returns', label: 'Refugee returns', support: 'Refugees should be helped to return home now', oppose: 'Returns should wait until it is safe', phrase: 'refugee returns', tag: 'migration' },
];

/** Stances by value + 2 (oppose = -2 first). */
const STANCE_BY_RANK: readonly Stance[] = ['oppose', 'lean-oppose', 'neutral', 'lean-support', 'support'];

const PUBLISHERS = [
  'Associated Press', 'Reuters', 'Agence France-Presse', 'BBC News', 'Al Jazeera', 'Deutsche Welle', 'Kyodo News',
  'The Guardian', 'Government press office', 'UN News', 'Euronews', 'Africa News Agency',
];

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const YEAR_MS = 365.25 * DAY_MS;

// ---------------------------------------------------------------------------

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  // Keep acronyms ("AI", "UN") as written.
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function inventedName(random: Random): string {
  const count = random.between(1, 2);
  let name = '';
  for (let i = 0; i < count; i++) name += random.pick(NAME_SYLLABLES);
  return capitalise(name + random.pick(NAME_ENDINGS));
}

function buildCountries(count: number, random: Random): CountrySeed[] {
  // About one record in ten is an organisation, as in real coverage of diplomacy.
  const organisationCount = Math.min(ORGANIZATIONS.length, count >= 5 ? Math.max(1, Math.round(count / 10)) : 0);
  const countryCount = count - organisationCount;
  const seeds: CountrySeed[] = REAL_COUNTRIES.slice(0, countryCount);
  for (let n = 0; seeds.length < countryCount; n++) {
    const letters = String.fromCharCode(65 + (Math.floor(n / 26) % 26), 65 + (n % 26));
    const id = `X${letters}${n >= 676 ? Math.floor(n / 676) : ''}`;
    const name = inventedName(random);
    seeds.push({ id, name, city: `${name} City`, offset: 60 * random.between(-8, 10) });
  }
  return seeds.concat(ORGANIZATIONS.slice(0, organisationCount));
}

function isOrganisation(seed: CountrySeed): boolean {
  return ORGANIZATIONS.includes(seed);
}

interface ActorSeed {
  record: ActorRecord;
  country: CountrySeed;
  /** Name used in titles: the surname for people, the full name for offices. */
  shortName: string;
  /** Relative activity. */
  weight: number;
  /** Topic indices this actor speaks about most. */
  interests: number[];
}

function buildActors(count: number, countries: readonly CountrySeed[], random: Random): ActorSeed[] {
  const actors: ActorSeed[] = [];
  const usedIds = new Set<string>();
  const perCountry = new Map<CountrySeed, number>();
  for (let i = 0; i < count; i++) {
    // The first pass gives every country one actor (its leader), so no country is unused.
    const country = i < countries.length ? countries[i]! : random.pick(countries);
    const rank = perCountry.get(country) ?? 0;
    perCountry.set(country, rank + 1);
    const organisation = isOrganisation(country);
    const isOffice = rank > 0 && random.chance(0.05);
    let name: string;
    let shortName: string;
    let role: string | undefined;
    let kind: ActorRecord['kind'];
    if (isOffice) {
      name = `${country.name} ${random.pick(['Ministry of Foreign Affairs', 'Ministry of Defence', 'Office of the Government', 'Permanent Mission to the UN'])}`;
      shortName = name;
      kind = rank > 3 && random.chance(0.3) ? 'group' : 'office';
    } else {
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(LAST_NAMES);
      name = `${first} ${last}`;
      shortName = last;
      role = organisation
        ? (rank === 0 ? ORGANIZATION_ROLES[0]! : random.pick(ORGANIZATION_ROLES))
        : (rank === 0 ? random.pick(LEADER_ROLES) : random.pick(MINISTER_ROLES));
      if (!organisation) role = `${role} of ${country.name}`;
      kind = 'person';
    }
    let id = slug(name);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(name)}-${n}`;
    usedIds.add(id);
    // Undefined fields are left out by JSON.stringify.
    const record: ActorRecord = { id, name, role, country: country.id, kind };
    // Heavy-tailed activity: a few actors (leaders, foreign ministers) speak far more often.
    // Capped so that no single draw swamps the dataset.
    const weight = Math.min(10, Math.pow(1 - random.float(), -0.6)) * (rank === 0 ? 3 : 1);
    const interests: number[] = [];
    const interestCount = random.between(3, 6);
    while (interests.length < interestCount) {
      const topic = random.int(TOPICS.length);
      if (!interests.includes(topic)) interests.push(topic);
    }
    actors.push({ record, country, shortName, weight, interests });
  }
  return actors;
}

// ---------------------------------------------------------------------------
// Time: bursts (crises, summits) on top of a background that grows slowly over the years.

interface Burst {
  centre: number;
  /** Standard deviation, ms. */
  spread: number;
  topic: number;
}

interface Timeline {
  /** Event instants, ms since epoch, ascending, whole minutes. */
  times: Float64Array;
  /** Burst index per event (in time order), or -1 for background. */
  bursts: Int32Array;
  burstList: Burst[];
}

function buildTimeline(options: GenOptions, random: Random): Timeline {
  const rangeStart = Date.UTC(options.fromYear, 0, 1);
  const rangeEnd = Date.UTC(options.toYear + 1, 0, 1);
  const span = rangeEnd - rangeStart;
  const years = options.toYear - options.fromYear + 1;
  const burstList: Burst[] = [];
  const burstWeights: number[] = [];
  for (let i = 0; i < years * 8; i++) {
    const spreadDays = Math.min(45, Math.exp(1.5 + 0.9 * random.normal()));
    burstList.push({ centre: rangeStart + random.float() * span, spread: spreadDays * DAY_MS, topic: random.int(TOPICS.length) });
    // Heavy-tailed sizes (a few big crises), capped so one burst stays a few per cent of all events.
    burstWeights.push(Math.min(8, Math.pow(1 - random.float(), -0.8)));
  }
  const burstPicker = new WeightedPicker(burstWeights);
  const count = options.events;
  const rawTimes = new Float64Array(count);
  const rawBursts = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let time: number;
    let burst = -1;
    do {
      if (random.chance(0.55)) {
        burst = burstPicker.pick(random);
        const chosen = burstList[burst]!;
        time = chosen.centre + random.normal() * chosen.spread;
      } else {
        burst = -1;
        // Background density rises linearly to 1.6x over the range (more coverage lately).
        const u = random.float();
        time = rangeStart + span * ((Math.sqrt(1 + u * (1.6 * 1.6 - 1)) - 1) / 0.6);
      }
      // Fewer events at weekends: keep a weekend time only sometimes.
      const weekday = new Date(time).getUTCDay();
      if ((weekday === 0 || weekday === 6) && random.chance(0.6)) time = NaN;
    } while (!(time >= rangeStart && time < rangeEnd));
    // Office hours, roughly: 06:00 to 20:00 UTC give or take.
    const dayStart = Math.floor(time / DAY_MS) * DAY_MS;
    const minuteOfDay = Math.min(1439, Math.max(0, Math.round(13 * 60 + random.normal() * 180)));
    rawTimes[i] = dayStart + minuteOfDay * MINUTE_MS;
    rawBursts[i] = burst;
  }
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  order.sort((a, b) => rawTimes[a]! - rawTimes[b]! || a - b);
  const times = new Float64Array(count);
  const bursts = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    times[i] = rawTimes[order[i]!]!;
    bursts[i] = rawBursts[order[i]!]!;
  }
  return { times, bursts, burstList };
}

// ---------------------------------------------------------------------------
// Dates as written by people: ISO 8601 at the precision known, EDTF qualifiers.

function isoDay(ms: number): string {
  // toISOString is UTC by definition and fast enough for a million events.
  return new Date(ms).toISOString().slice(0, 10);
}

function offsetText(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

/** "2019-03-04T10:30+01:00": the wall-clock time where it happened, with its offset. */
function isoMinuteWithOffset(ms: number, offsetMinutes: number): string {
  return new Date(ms + offsetMinutes * MINUTE_MS).toISOString().slice(0, 16) + offsetText(offsetMinutes);
}

function humanDay(ms: number): string {
  return format(new UTCDate(ms), 'd MMMM yyyy');
}

// ---------------------------------------------------------------------------
// Positions drift: each (actor, topic) pair carries a latent stance in [-2.5, 2.5]
// that follows a slow random walk pulled towards the country's line, with rare shifts.

class StanceModel {
  private readonly latent: Float64Array;
  private readonly lastTime: Float64Array;
  private readonly countryLine: Float64Array;

  constructor(actors: readonly ActorSeed[], countries: readonly CountrySeed[], private readonly random: Random) {
    const countryIndex = new Map(countries.map((country, index) => [country, index] as const));
    this.countryLine = new Float64Array(countries.length * TOPICS.length);
    for (let i = 0; i < this.countryLine.length; i++) this.countryLine[i] = random.normal() * 1.2;
    this.latent = new Float64Array(actors.length * TOPICS.length);
    this.lastTime = new Float64Array(actors.length * TOPICS.length).fill(NaN);
    actors.forEach((actor, a) => {
      const c = countryIndex.get(actor.country)!;
      for (let t = 0; t < TOPICS.length; t++) {
        this.latent[a * TOPICS.length + t] = this.countryLine[c * TOPICS.length + t]! + random.normal() * 0.6;
      }
    });
  }

  stanceAt(actor: number, topic: number, time: number): Stance {
    const cell = actor * TOPICS.length + topic;
    const last = this.lastTime[cell]!;
    let value = this.latent[cell]!;
    if (!Number.isNaN(last)) {
      const years = Math.max(0, time - last) / YEAR_MS;
      value += this.random.normal() * 0.5 * Math.sqrt(years);
      // A policy shift: a new government, a changed war, a deal.
      if (this.random.chance(0.03)) value = this.random.normal() * 1.6;
    }
    value = Math.max(-2.5, Math.min(2.5, value));
    this.latent[cell] = value;
    this.lastTime[cell] = time;
    return STANCE_BY_RANK[Math.max(-2, Math.min(2, Math.round(value))) + 2]!;
  }
}

const QUOTE_TEMPLATES: Readonly<Record<Stance, readonly string[]>> = {
  support: ['We are convinced that {support}.', 'Our position is clear: {support}.', 'There is no alternative. {Support}.'],
  'lean-support': ['On balance, we think {support}.', 'We are open to the view that {support}.', 'I would say that, with conditions, {support}.'],
  neutral: ['We have not taken a position on {phrase}.', 'It is too early to say anything about {phrase}.', 'We will study {phrase} carefully.'],
  'lean-oppose': ['We have serious doubts; {oppose}.', 'I am not persuaded. For now, {oppose}.', 'Frankly, we lean towards the view that {oppose}.'],
  oppose: ['Let me be clear: {oppose}.', 'We reject this outright. {Oppose}.', 'Our answer is no. {Oppose}.'],
};

const STANCE_VERBS: Readonly<Record<Stance, string>> = {
  support: 'backs',
  'lean-support': 'signals openness to',
  neutral: 'stays neutral on',
  'lean-oppose': 'voices doubts about',
  oppose: 'rejects',
};

function fillTemplate(template: string, topic: TopicSeed): string {
  return template
    .replace('{support}', lowerFirst(topic.support))
    .replace('{Support}', topic.support)
    .replace('{oppose}', lowerFirst(topic.oppose))
    .replace('{Oppose}', topic.oppose)
    .replace('{phrase}', topic.phrase);
}

function positionSummary(stance: Stance, topic: TopicSeed): string {
  switch (stance) {
    case 'support': return `${topic.support}.`;
    case 'lean-support': return `Leans towards: ${lowerFirst(topic.support)}.`;
    case 'neutral': return `Takes no side on ${topic.phrase}.`;
    case 'lean-oppose': return `Leans towards: ${lowerFirst(topic.oppose)}.`;
    case 'oppose': return `${topic.oppose}.`;
  }
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const CAMEO: Readonly<Record<EventType, readonly string[]>> = {
  statement: ['010', '012', '013', '016', '017'],
  call: ['040', '042', '046'],
  meeting: ['043', '044', '046', '036'],
};

// ---------------------------------------------------------------------------
// The writer: records go out one at a time, each object on its own line, so the file
// stays readable and diffable and the generator never holds it whole.

export type TextSink = (text: string) => void;

class ListWriter {
  private first = true;
  private readonly closing: string;
  constructor(private readonly write: TextSink, name: string, last = false) {
    this.write(`  ${JSON.stringify(name)}: [`);
    this.closing = last ? '\n  ]\n' : '\n  ],\n';
  }
  item(record: object): void {
    this.write((this.first ? '\n    ' : ',\n    ') + JSON.stringify(record));
    this.first = false;
  }
  close(): void {
    this.write(this.closing);
  }
}

export function validateOptions(options: GenOptions): string[] {
  const errors: string[] = [];
  const whole = (name: keyof GenOptions, min: number): void => {
    const value = options[name];
    if (!Number.isInteger(value) || value < min) errors.push(`--${name === 'fromYear' ? 'from' : name === 'toYear' ? 'to' : name} must be a whole number of at least ${min} (got ${value}).`);
  };
  whole('events', 1);
  whole('actors', 1);
  whole('countries', 1);
  whole('seed', 0);
  whole('fromYear', 1);
  whole('toYear', 1);
  if (errors.length > 0) return errors;
  if (options.countries > options.actors) errors.push(`--countries (${options.countries}) cannot exceed --actors (${options.actors}): every country needs an actor, or it would be unused.`);
  if (options.events < Math.max(options.actors, TOPICS.length)) errors.push(`--events (${options.events}) must be at least --actors (${options.actors}) and at least ${TOPICS.length} (the topics), so that every actor and topic is used.`);
  if (options.toYear < options.fromYear) errors.push(`--to (${options.toYear}) is before --from (${options.fromYear}).`);
  if (options.seed > 0xffffffff) errors.push('--seed must fit in 32 bits.');
  return errors;
}

/**
 * Writes a whole dataset as JSON text into `write`, in chunks. With `onEvent`, each event
 * record goes there instead of into the text (the Parquet output: only the events are kept).
 */
export function generateDataset(options: GenOptions, write: TextSink, onEvent?: (record: EventRecord) => void): GenSummary {
  const problems = validateOptions(options);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  let characters = 0;
  const out: TextSink = (text) => {
    characters += text.length;
    write(text);
  };

  const countries = buildCountries(options.countries, new Random(options.seed, 'countries'));
  const actors = buildActors(options.actors, countries, new Random(options.seed, 'actors'));
  const timeline = buildTimeline(options, new Random(options.seed, 'time'));
  const { times, bursts, burstList } = timeline;
  const eventCount = times.length;
  const rangeStart = Date.UTC(options.fromYear, 0, 1);
  const rangeEnd = Date.UTC(options.toYear + 1, 0, 1);
  // The dataset is "as of" shortly before the end: later meetings and calls are planned.
  const asOf = rangeEnd - 0.025 * (rangeEnd - rangeStart);

  // Every actor and every topic is used: pick distinct events that must feature each.
  const coverage = new Random(options.seed, 'coverage');
  const slots = new Uint32Array(eventCount);
  for (let i = 0; i < eventCount; i++) slots[i] = i;
  const forcedActor = new Int32Array(eventCount).fill(-1);
  const forcedTopic = new Int32Array(eventCount).fill(-1);
  for (let k = 0; k < actors.length + TOPICS.length; k++) {
    const j = k + coverage.int(eventCount - k);
    const chosen = slots[j]!;
    slots[j] = slots[k]!;
    slots[k] = chosen;
  }
  for (let k = 0; k < actors.length; k++) forcedActor[slots[k]!] = k;
  for (let t = 0; t < TOPICS.length; t++) forcedTopic[slots[(actors.length + t) % eventCount]!] = t;

  // Sources: consecutive events (in time) are covered by one report, 1 to 6 events each,
  // none spanning more than two days.
  const sourceRandom = new Random(options.seed, 'sources');
  const sourceOfEvent = new Int32Array(eventCount);
  const sourceLastEvent: number[] = [];
  for (let i = 0; i < eventCount; ) {
    let size = 1;
    while (size < 6 && sourceRandom.chance(0.55)) size++;
    let last = Math.min(eventCount, i + size) - 1;
    while (last > i && times[last]! - times[i]! > 2 * DAY_MS) last--;
    for (let e = i; e <= last; e++) sourceOfEvent[e] = sourceLastEvent.length;
    sourceLastEvent.push(last);
    i = last + 1;
  }
  const sourceIds: string[] = [];

  out('{\n');
  out(`  "version": 1,\n`);
  out(`  "title": ${JSON.stringify(`Synthetic dataset: ${formatCount(eventCount)} events, ${actors.length} actors, ${countries.length} countries`)},\n`);
  out(`  "description": ${JSON.stringify(
    `Generated by scripts/gen.ts (npm run gen -- --events ${eventCount} --actors ${actors.length} --countries ${countries.length} --seed ${options.seed} --from ${options.fromYear} --to ${options.toYear}). ` +
      'Invented people, quotes and sources for testing and benchmarking; nothing in it is real reporting.',
  )},\n`);

  const sourceList = new ListWriter(out, 'sources');
  for (let k = 0; k < sourceLastEvent.length; k++) {
    const publisher = sourceRandom.pick(PUBLISHERS);
    // Published the day of its last event that has happened; a report of planned events appears before them.
    const published = Math.min(times[sourceLastEvent[k]!]!, asOf);
    const day = isoDay(published);
    const id = `${slug(publisher)}-${day}-${k + 1}`;
    sourceIds.push(id);
    const record: SourceRecord = {
      id,
      title: `${publisher} report, ${humanDay(published)}`,
      publisher,
      published: day,
      url: `${sourceRandom.chance(0.03) ? 'http' : 'https'}://${slug(publisher)}.example.org/${day.replaceAll('-', '/')}/report-${k + 1}`,
    };
    if (sourceRandom.chance(0.05)) record.note = 'Paywalled; the archived copy was used.';
    sourceList.item(record);
  }
  sourceList.close();

  const countryList = new ListWriter(out, 'countries');
  for (const country of countries) {
    const record: CountryRecord = { id: country.id, name: country.name };
    if (isOrganisation(country)) record.kind = 'organization';
    countryList.item(record);
  }
  countryList.close();

  const actorList = new ListWriter(out, 'actors');
  for (const actor of actors) actorList.item(actor.record);
  actorList.close();

  const topicList = new ListWriter(out, 'topics');
  for (const topic of TOPICS) {
    const record: TopicRecord = { id: topic.id, label: topic.label, support: topic.support, oppose: topic.oppose };
    topicList.item(record);
  }
  topicList.close();

  const random = new Random(options.seed, 'events');
  const stances = new StanceModel(actors, countries, new Random(options.seed, 'stances'));
  const actorPicker = new WeightedPicker(actors.map((actor) => actor.weight));
  const eventsPerActor = new Uint32Array(actors.length);
  let positionCount = 0;
  let quoteCount = 0;

  const pickParticipants = (first: number, count: number, preferForeign: boolean): number[] => {
    const chosen = [first];
    const wanted = Math.min(count, actors.length);
    for (let tries = 0; chosen.length < wanted && tries < 50; tries++) {
      const candidate = actorPicker.pick(random);
      if (chosen.includes(candidate)) continue;
      // Calls and meetings are mostly between countries, not within one.
      if (preferForeign && tries < 25 && chosen.some((c) => actors[c]!.country === actors[candidate]!.country)) continue;
      chosen.push(candidate);
    }
    for (let candidate = 0; chosen.length < wanted; candidate++) if (!chosen.includes(candidate)) chosen.push(candidate);
    return chosen;
  };

  const eventList = new ListWriter(out, 'events', true);
  for (let i = 0; i < eventCount; i++) {
    const time = times[i]!;
    const planned = time > asOf;
    const roll = random.float();
    let type: EventType = planned ? (roll < 0.6 ? 'meeting' : 'call') : roll < 0.65 ? 'statement' : roll < 0.82 ? 'call' : 'meeting';
    const forced = forcedActor[i]!;
    const firstActor = forced >= 0 ? forced : actorPicker.pick(random);
    let participantIds: number[];
    if (type === 'statement') participantIds = [firstActor];
    else if (type === 'call') participantIds = pickParticipants(firstActor, random.chance(0.7) ? 2 : random.chance(0.65) ? 3 : 4, true);
    else participantIds = pickParticipants(firstActor, random.chance(0.45) ? 2 : random.between(3, 6), random.chance(0.8));
    // With a single actor in the whole dataset, a call would have one participant: make it a statement.
    if (participantIds.length < 2) type = 'statement';
    if (type === 'statement') participantIds = [firstActor];
    const lead = actors[firstActor]!;
    const place = type === 'meeting' ? actors[random.pick(participantIds)]!.country : lead.country;

    // Date at the precision the (imaginary) source gives.
    let date: string;
    let end: string | undefined;
    let dateNote: string | undefined;
    if (type === 'meeting' && random.chance(0.6)) {
      date = isoDay(time);
      end = isoDay(time + random.between(1, 4) * DAY_MS);
    } else {
      const precisionRoll = random.float();
      if (precisionRoll < 0.14 && !planned) {
        date = isoMinuteWithOffset(time, place.offset);
      } else if (precisionRoll < 0.86) {
        date = isoDay(time);
      } else if (precisionRoll < 0.975) {
        date = isoDay(time).slice(0, 7);
        dateNote = 'The source gives only the month.';
      } else {
        date = isoDay(time).slice(0, 4);
        dateNote = 'The source gives only the year.';
      }
      if (date.length <= 10) {
        const qualifierRoll = random.float();
        if (qualifierRoll < 0.04) {
          date += '~';
          dateNote = 'Approximate: the source says "around" this date.';
        } else if (qualifierRoll < 0.065) {
          date += '?';
          dateNote = 'Uncertain: sources disagree on the date.';
        } else if (qualifierRoll < 0.07) {
          date += '%';
          dateNote = 'Approximate and uncertain: a single later account.';
        }
      }
    }
    let status: EventStatus | undefined;
    if (planned) status = 'planned';
    else if (random.chance(0.03)) {
      status = 'reported';
      dateNote ??= 'Known only from a later account.';
    }

    // Positions: on the burst's topic when there is one, else on the speaker's interests.
    const positions: PositionRecord[] = [];
    const topicsUsed: number[] = [];
    const positionCountWanted =
      type === 'statement'
        ? random.chance(0.85) ? (random.chance(0.15) ? 2 : 1) : 0
        : random.chance(0.3) ? random.between(1, Math.min(3, participantIds.length)) : 0;
    const burst = bursts[i]!;
    for (let p = 0; p < positionCountWanted || (p === 0 && forcedTopic[i]! >= 0); p++) {
      const actorIndex = p === 0 ? firstActor : participantIds[p % participantIds.length]!;
      let topic: number;
      if (p === 0 && forcedTopic[i]! >= 0) topic = forcedTopic[i]!;
      else if (burst >= 0 && random.chance(0.6)) topic = burstList[burst]!.topic;
      else topic = random.pick(actors[actorIndex]!.interests);
      if (topicsUsed.includes(topic) && p > 0) continue;
      topicsUsed.push(topic);
      const stance = stances.stanceAt(actorIndex, topic, time);
      const position: PositionRecord = { actor: actors[actorIndex]!.record.id, topic: TOPICS[topic]!.id, stance };
      if (random.chance(0.6)) position.summary = positionSummary(stance, TOPICS[topic]!);
      positions.push(position);
    }
    positionCount += positions.length;

    // Quotes, worded to match the stance they express.
    const quotes: QuoteRecord[] = [];
    const quoteChance = type === 'statement' ? 0.7 : 0.2;
    if (random.chance(quoteChance)) {
      const speakerPosition = positions[0];
      const topic = speakerPosition ? TOPICS.find((t) => t.id === speakerPosition.topic)! : TOPICS[random.pick(lead.interests)]!;
      const stance = speakerPosition?.stance ?? 'neutral';
      quotes.push({ actor: speakerPosition?.actor ?? lead.record.id, text: fillTemplate(random.pick(QUOTE_TEMPLATES[stance]), topic) });
      if (type === 'statement' && random.chance(0.12)) quotes.push({ actor: lead.record.id, text: random.pick(['We will keep talking to all sides.', 'I have nothing to add at this stage.', 'Our partners know where we stand.']) });
    }
    quoteCount += quotes.length;

    const names = participantIds.map((a) => actors[a]!.shortName);
    const mainTopic = positions[0] ? TOPICS.find((t) => t.id === positions[0]!.topic)! : TOPICS[random.pick(lead.interests)]!;
    let title: string;
    let summary: string;
    if (type === 'statement') {
      title = positions[0] ? `${lead.shortName} ${STANCE_VERBS[positions[0].stance]} ${mainTopic.phrase}` : `${lead.shortName} comments on ${mainTopic.phrase}`;
      summary = `${lead.record.name}${lead.record.role ? `, ${lead.record.role},` : ''} spoke about ${mainTopic.phrase}.`;
    } else if (type === 'call') {
      title = `${listNames(names)} ${planned ? 'to speak' : 'speak'} by phone`;
      summary = `A phone call on ${mainTopic.phrase} between ${listNames(participantIds.map((a) => actors[a]!.record.name))}.`;
    } else {
      title = participantIds.length > 3 ? `Meeting of ${participantIds.length} in ${place.city} on ${mainTopic.phrase}` : `${listNames(names)} ${planned ? 'to meet' : 'meet'} in ${place.city}`;
      summary = `Talks in ${place.city} with ${participantIds.length} participants; on the agenda: ${mainTopic.phrase}.`;
    }

    const counter = ++eventsPerActor[firstActor]!;
    const ownSource = sourceOfEvent[i]!;
    // Field order as people write it; undefined fields are left out by JSON.stringify.
    const record: EventRecord = {
      id: `${lead.record.id}-${type}-${counter}`,
      type,
      date,
      end,
      status,
      dateNote,
      actors: participantIds.map((a) => actors[a]!.record.id),
      location: type !== 'statement' || random.chance(0.7) ? place.city : undefined,
      title,
      summary: random.chance(0.8) ? summary : undefined,
      quotes: quotes.length > 0 ? quotes : undefined,
      positions: positions.length > 0 ? positions : undefined,
      sources: ownSource > 0 && random.chance(0.1) ? [sourceIds[ownSource]!, sourceIds[ownSource - 1]!] : [sourceIds[ownSource]!],
      tags: random.chance(0.5) ? [mainTopic.tag] : undefined,
      codes: random.chance(0.4) ? { cameo: random.pick(CAMEO[type]) } : undefined,
    };
    if (onEvent) onEvent(record);
    else eventList.item(record);
  }
  eventList.close();
  out('}\n');

  return {
    events: eventCount,
    actors: actors.length,
    countries: countries.length,
    topics: TOPICS.length,
    sources: sourceIds.length,
    positions: positionCount,
    quotes: quoteCount,
    characters,
  };
}

/** Generates into a file, buffering writes in chunks of about a megabyte. */
export function generateFile(options: GenOptions, path: string): GenSummary {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    let buffer: string[] = [];
    let buffered = 0;
    const flush = (): void => {
      if (buffered === 0) return;
      writeSync(fd, buffer.join(''));
      buffer = [];
      buffered = 0;
    };
    const summary = generateDataset(options, (text) => {
      buffer.push(text);
      buffered += text.length;
      if (buffered > 1 << 20) flush();
    });
    flush();
    return summary;
  } finally {
    closeSync(fd);
  }
}

// ---------------------------------------------------------------------------
// Command line.

const USAGE = `Usage: npm run gen -- [--events N] [--actors A] [--countries C] [--seed S] [--from YEAR] [--to YEAR] [--format json|parquet] --out FILE
--format parquet writes only the events, as the events sheet's columns (docs/spreadsheets.md): actors, topics and sources are derived when it is opened.
Defaults: ${DEFAULT_GEN_OPTIONS.events} events, ${DEFAULT_GEN_OPTIONS.actors} actors, ${DEFAULT_GEN_OPTIONS.countries} countries, seed ${DEFAULT_GEN_OPTIONS.seed}, ${DEFAULT_GEN_OPTIONS.fromYear}–${DEFAULT_GEN_OPTIONS.toYear}.`;

export type GenFormat = 'json' | 'parquet';

export function parseGenArgs(argv: readonly string[]): { options: GenOptions; out: string | undefined; help: boolean; format: string } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      events: { type: 'string' },
      actors: { type: 'string' },
      countries: { type: 'string' },
      seed: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const number = (text: string | undefined, fallback: number): number => (text === undefined ? fallback : Number(text.replaceAll('_', '')));
  return {
    options: {
      events: number(values.events, DEFAULT_GEN_OPTIONS.events),
      actors: number(values.actors, DEFAULT_GEN_OPTIONS.actors),
      countries: number(values.countries, DEFAULT_GEN_OPTIONS.countries),
      seed: number(values.seed, DEFAULT_GEN_OPTIONS.seed),
      fromYear: number(values.from, DEFAULT_GEN_OPTIONS.fromYear),
      toYear: number(values.to, DEFAULT_GEN_OPTIONS.toYear),
    },
    out: values.out,
    help: values.help ?? false,
    format: values.format ?? 'json',
  };
}

function main(): void {
  let parsed: ReturnType<typeof parseGenArgs>;
  try {
    parsed = parseGenArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(USAGE);
    return;
  }
  const problems = validateOptions(parsed.options);
  if (parsed.out === undefined) problems.push('--out FILE is required.');
  if (parsed.format !== 'json' && parsed.format !== 'parquet') problems.push(`--format must be json or parquet (got ${parsed.format}).`);
  if (problems.length > 0) {
    console.error(`${problems.join('\n')}\n${USAGE}`);
    process.exit(2);
  }
  const started = performance.now();
  if (parsed.format === 'parquet') {
    void generateParquet(parsed.options, parsed.out!, started);
    return;
  }
  const summary = generateFile(parsed.options, parsed.out!);
  const seconds = (performance.now() - started) / 1000;
  console.error(
    `Wrote ${parsed.out}: ${summary.events} events, ${summary.actors} actors, ${summary.countries} countries, ${summary.topics} topics, ` +
      `${summary.sources} sources, ${summary.positions} positions, ${summary.quotes} quotes; ${(summary.characters / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s.`,
  );
}

/** The events as a Parquet file (the events sheet's columns); hyparquet-writer is loaded only for this. */
async function generateParquet(options: GenOptions, path: string, started: number): Promise<void> {
  const { EventColumns } = await import('./parquetEvents');
  const columns = new EventColumns();
  const summary = generateDataset(options, () => {}, (record) => columns.add(record));
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const bytes = columns.write(path);
  const seconds = (performance.now() - started) / 1000;
  console.error(`Wrote ${path}: ${summary.events} events as Parquet (the events sheet's columns; positions and quotes are not carried); ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
