/**
 * The benchmark's synthetic publication: N briefings that look like the real thing (about 900
 * words of varied prose, 8 graded sources cited in the body, 6 located events, an author chart
 * on a dataset of its own, the timeline and the locator map), plus the authors, regions and
 * actors they refer to. Pure: the same seed gives the same files, byte for byte (a seeded
 * mulberry32 PRNG, no clock, no Math.random, no file system).
 */
import { stringify } from 'yaml';
import { countryName } from '../../src/model/countries.ts';
import { CONFIDENCES, LIKELIHOODS, formatBand, type Likelihood } from '../../src/model/estimative.ts';
import { EVENT_TYPES, type EventType } from '../../src/schemas/event.ts';
import { RELIABILITY_GRADES } from '../../src/schemas/source.ts';
import { toSlug } from '../../src/schemas/common.ts';
import { ACTORS, AUTHORS, PUBLISHERS, REGIONS, TAGS, type BenchActor, type BenchPlace, type BenchRegion } from './data.ts';

/** A source as written in the frontmatter (dates as `YYYY-MM-DD` strings). */
export interface GeneratedSource {
  id: string;
  url: string;
  title: string;
  publisher: string;
  published?: string;
  accessed?: string;
  archive?: string;
  reliability?: (typeof RELIABILITY_GRADES)[number];
}

/** An event as written in the frontmatter. */
export interface GeneratedEvent {
  date: string;
  reported?: string;
  precision?: 'day' | 'month' | 'year';
  title: string;
  place: { name: string; country: string; lat: number; lon: number };
  actors: string[];
  type: EventType;
  fatalities?: number | { low: number; high: number };
  cites: string[];
}

/** A briefing's frontmatter, as written (the schema's input type, with string dates). */
export interface GeneratedFrontmatter {
  title: string;
  dek: string;
  published: string;
  updated?: string;
  dataCutoff: string;
  authors: string[];
  regions: string[];
  countries: string[];
  actors: string[];
  tags: string[];
  overview: string;
  intel: { finding: string; cites: string[] }[];
  historicalContext: GeneratedEvent[];
  strategicImpact: { judgement: string; likelihood: Likelihood; confidence: (typeof CONFIDENCES)[number]; cites: string[] }[];
  sources: GeneratedSource[];
  corrections?: { date: string; note: string }[];
  card?: { title: string };
}

/** One generated briefing: slug (the file name), frontmatter, MDX body and its chart's dataset. */
export interface GeneratedBriefing {
  slug: string;
  data: GeneratedFrontmatter;
  body: string;
  dataset: { id: string; csv: string };
}

/** A whole synthetic publication. */
export interface GeneratedPublication {
  seed: number;
  briefings: GeneratedBriefing[];
  authors: { id: string; name: string; role: string; kind?: 'organization' }[];
  regions: BenchRegion[];
  actors: BenchActor[];
}

/** The chart components a generated body uses. */
export const CHART_COMPONENTS = ['BarChart', 'Timeline', 'EventMap'] as const;
export type ChartComponent = (typeof CHART_COMPONENTS)[number];

export interface GenerateOptions {
  /** Number of briefings. */
  count: number;
  /** PRNG seed (an unsigned 32-bit integer). */
  seed: number;
  /**
   * Chart components to write into the bodies (default all three). Leaving one out drops its
   * tag only: the prose, the datasets and every random draw stay the same.
   */
  charts?: readonly ChartComponent[];
}

/**
 * Chart components that a source text of src/components/mdx-components.ts registers (names in
 * its code, comments ignored): what `--charts auto` writes into the bodies, since a tag whose
 * component is not registered fails the build.
 */
export function registeredCharts(source: string): ChartComponent[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return CHART_COMPONENTS.filter((name) => new RegExp(`\\b${name}\\b`).test(code));
}

/** The MDX of each chart: one place to adapt if the components' props change. */
export const CHART_TAGS: Record<ChartComponent, (dataset: string) => string> = {
  BarChart: (dataset) => `<BarChart data="${dataset}" x="month" y="incidents" />`,
  Timeline: () => '<Timeline />',
  EventMap: () => '<EventMap />',
};

/** Sources per briefing and events per briefing (the "realistic" briefing). */
export const SOURCES_PER_BRIEFING = 8;
export const EVENTS_PER_BRIEFING = 6;

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a tiny, fast, seedable 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG with the helpers the generator needs. */
export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    if (!list.length) throw new Error('pick from an empty list');
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** `k` distinct items (all of them if there are fewer), in random order. */
  sample<T>(list: readonly T[], k: number): T[] {
    return this.shuffle(list).slice(0, Math.min(k, list.length));
  }
  shuffle<T>(list: readonly T[]): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/** Mixes the publication seed with a briefing's index, so each briefing has its own stream. */
function streamSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Dates (UTC calendar days as YYYY-MM-DD; no clock)

const DAY = 86_400_000;
/** Publication window: the first briefing's date and the span the N briefings spread over. */
const FIRST_DAY = Date.UTC(2019, 0, 7);
const SPAN_DAYS = 6 * 365;
/** A date after every generated one: pass it as SITREP_NOW so no briefing is "scheduled". */
export const BENCH_NOW = '2026-01-01T00:00:00Z';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => iso(Date.parse(`${date}T00:00:00Z`) + days * DAY);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthYear = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
const dayMonth = (date: string) => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;

// ---------------------------------------------------------------------------------------------
// Vocabulary for prose

const WEAPONS = ['drones', 'mortars', 'improvised explosive devices', 'rockets', 'fighters on motorcycles', 'a truck bomb', 'artillery', 'loitering munitions', 'small arms and rocket-propelled grenades', 'suicide bombers'];
const TARGETS = ['army camps', 'supply convoys', 'checkpoints', 'gold-mining sites', 'market towns', 'bridges', 'airfields', 'power lines', 'fuel depots', 'customs posts', 'telecom masts', 'police stations', 'river crossings', 'prisons'];
const CONCERNS = ['food prices', 'fuel shortages', 'displacement', 'the closure of schools', 'the loss of grazing land', 'kidnappings for ransom', 'checkpoint extortion', 'the collapse of local trade'];
const OUTSIDERS = ['regional mediators', 'Western donors', 'the African Union', 'Gulf states', 'Russia', 'China', 'Turkey', 'the United Nations', 'neighbouring governments', 'the European Union'];
const ADJECTIVES = ['sustained', 'opportunistic', 'coordinated', 'sporadic', 'deliberate', 'escalating', 'localised', 'well-planned'];
const ORDINALS = ['second', 'third', 'fourth', 'fifth'];

/** What a paragraph is about: the slots its sentences fill. */
interface Scene {
  armed: string;
  state: string;
  place: string;
  place2: string;
  country: string;
  region: string;
  month: string;
  day: string;
}

type Template = (s: Scene, r: Random) => string;

const SENTENCES: readonly Template[] = [
  (s, r) => `${s.armed} fighters struck ${r.pick(TARGETS)} around ${s.place} in ${s.month}, using ${r.pick(WEAPONS)} to open the way.`,
  (s, r) => `Local sources counted at least ${r.int(4, 90)} dead after the attack near ${s.place}, a figure that could not be verified independently.`,
  (s) => `${s.state} said it had repelled the assault and recovered weapons, vehicles and radios, but gave no figure for its own losses.`,
  () => 'The pattern points to a group that has learned to concentrate force for a few hours and disperse before reinforcements arrive.',
  (s) => `The road between ${s.place} and ${s.place2} has become dangerous for traders, aid convoys and soldiers alike.`,
  (s, r) => `Displacement in ${s.country} rose for the ${r.pick(ORDINALS)} consecutive quarter, with families moving towards ${s.place2} and other towns held by the state.`,
  (s, r) => `Residents of ${s.place} told reporters that ${r.pick(CONCERNS)} worried them more than the fighting itself.`,
  (s, r) => `${s.armed} has combined ${r.pick(ADJECTIVES)} violence with offers of protection and dispute resolution, which makes it harder to dislodge than a purely military foe.`,
  (s, r) => `On ${s.day} a convoy escorted by ${s.state} was ambushed outside ${s.place2}; ${r.int(2, 30)} vehicles were reported destroyed.`,
  (s, r) => `Analysts in ${s.region} note that support from ${r.pick(OUTSIDERS)} has so far come as statements rather than resources.`,
  (s) => `The government in ${s.country} describes the campaign as a series of isolated incidents, a framing its own casualty figures contradict.`,
  (s, r) => `Satellite imagery reviewed by researchers showed ${r.int(12, 240)} burned structures in villages east of ${s.place}.`,
  (s, r) => `${s.state} has relied on ${r.pick(['air strikes', 'drone strikes', 'local militias', 'foreign contractors', 'mass arrests', 'curfews'])} to compensate for thin manpower on the ground.`,
  (s) => `Communications blackouts around ${s.place} mean that most of what is known comes from survivors who reached ${s.place2} days later.`,
  (s, r) => `In ${s.month} alone, monitors recorded ${r.int(15, 140)} violent incidents in the province, the highest monthly total since records began.`,
  (s) => `Neither side has published a full account of its losses, and the figures in this briefing are the lower bounds that sources agree on.`,
  (s, r) => `Prices of staple grains in ${s.place} roughly ${r.pick(['doubled', 'tripled', 'rose by half'])} over the year, as blockades cut the town off from its hinterland.`,
  (s) => `Officials in ${s.place2} have started negotiating local truces with commanders of ${s.armed}, often without the knowledge of the capital.`,
  (s, r) => `${s.armed} released a video claiming the operation and showing ${r.pick(['captured vehicles', 'seized weapons', 'prisoners in uniform', 'fighters training'])}, a standard part of its messaging.`,
  () => 'The tempo of attacks has not slowed during the rainy season, which used to impose a lull on operations in the area.',
  (s, r) => `A ${r.pick(['humanitarian', 'United Nations', 'medical'])} source said that health centres around ${s.place} were working with a fraction of their staff.`,
  (s) => `The attack near ${s.place} was the deadliest in ${s.country} since the start of the year, and the first to hit a target of that size.`,
  (s, r) => `Recruitment by ${s.armed} appears to draw on grievances over ${r.pick(CONCERNS)} as much as on ideology.`,
  (s) => `${s.state} has announced a new operation to secure the area, its third such announcement in two years.`,
  (s, r) => `Court records and leaked payroll documents suggest that about ${r.int(2, 15)} thousand fighters are on the group's books, a number that includes part-time auxiliaries.`,
  (s) => `Travellers between ${s.place} and the border report that checkpoints now change hands from one week to the next.`,
  (s, r) => `The cost of the war to ${s.country}'s budget has grown to an estimated ${r.int(8, 35)} per cent of public spending, crowding out health and education.`,
  (s) => `Each side presents the other as a foreign proxy, a claim that simplifies the local roots of the conflict around ${s.place}.`,
  (s, r) => `Diplomats say ${r.pick(OUTSIDERS)} pressed for a humanitarian corridor to ${s.place2}, without result.`,
  () => 'Mobile-phone footage that circulated on messaging apps could be geolocated, but not dated, and has been left out of this account.',
  (s, r) => `${s.armed} has tried to cut ${s.place} off by attacking ${r.pick(TARGETS)} on every road into the town.`,
  (s) => `Aid agencies suspended movements on the road to ${s.place2} after two drivers were abducted.`,
  (s, r) => `By ${s.month}, ${r.int(30, 95)} per cent of the schools in the district had closed, according to the education ministry.`,
  () => 'The absence of independent journalists in the area means that claims by both sides should be read with caution.',
  (s) => `The fall of the garrison at ${s.place2} would leave ${s.place} exposed on two sides.`,
  (s, r) => `${s.state} redeployed ${r.int(2, 9)} companies from the capital to the area, weakening its reserve elsewhere.`,
  (s) => `Smuggling networks that run through ${s.place} supply fuel, motorbikes and spare parts to all armed groups in the area.`,
  (s, r) => `Elders from ${s.place} who travelled to the capital in ${s.month} asked for protection and received ${r.pick(['promises', 'a delegation', 'food aid', 'a curfew'])}.`,
  (s) => `The governor of the province was replaced after the attack on ${s.place}, the third change in eighteen months.`,
  (s, r) => `Estimates of civilian deaths range from ${r.int(10, 40)} to ${r.int(41, 160)}, a spread that reflects how hard it is to reach the villages concerned.`,
];

const BULLET_TAILS = ['over the next six months', 'within a year', 'before the end of the dry season', 'in the coming year', 'over the next twelve months', 'before the next elections'];
const JUDGEMENT_VERBS = [
  (s: Scene) => `keep attacking military positions around ${s.place}`,
  (s: Scene) => `mount another complex attack on ${s.place2}`,
  (s: Scene) => `extend its operations into new districts of ${s.country}`,
  (s: Scene) => `agree a durable ceasefire covering ${s.place}`,
  (s: Scene) => `regain lasting control of the roads around ${s.place2}`,
  (s: Scene) => `lose the support of the communities around ${s.place}`,
  (s: Scene) => `open negotiations with the government of ${s.country}`,
  (s: Scene) => `strike targets outside ${s.country}`,
];

/** A judgement whose wording uses the estimative term of its likelihood (ICD 203), so the lint is quiet. */
function judgementText(subject: string, likelihood: Likelihood, verb: string, tail: string): string {
  switch (likelihood) {
    case 'almost-no-chance': return `There is almost no chance that ${subject} will ${verb} ${tail}.`;
    case 'very-unlikely': return `${subject} is very unlikely to ${verb} ${tail}.`;
    case 'unlikely': return `${subject} is unlikely to ${verb} ${tail}.`;
    case 'roughly-even-chance': return `There is a roughly even chance that ${subject} will ${verb} ${tail}.`;
    case 'likely': return `${subject} will likely ${verb} ${tail}.`;
    case 'very-likely': return `${subject} will very likely ${verb} ${tail}.`;
    case 'almost-certain': return `${subject} will almost certainly ${verb} ${tail}.`;
  }
}

const EVENT_TITLES: Record<EventType, readonly ((s: Scene) => string)[]> = {
  'battle': [(s) => `Clashes between ${s.armed} and ${s.state} near ${s.place}`, (s) => `Assault on the army post at ${s.place}`, (s) => `Fighting for control of the road into ${s.place}`],
  'explosion-remote-violence': [(s) => `Drone strike on ${s.place}`, (s) => `Roadside bomb hits a convoy outside ${s.place}`, (s) => `Shelling of ${s.place}`],
  'violence-against-civilians': [(s) => `Attack on villagers near ${s.place}`, (s) => `Abduction of bus passengers on the road to ${s.place}`, (s) => `Killing of market traders in ${s.place}`],
  'protest': [(s) => `Demonstrations in ${s.place} against insecurity`, (s) => `Strike by traders in ${s.place} over checkpoint extortion`],
  'riot': [(s) => `Riots in ${s.place} after the death of a local leader`, (s) => `Crowd attacks the police station in ${s.place}`],
  'strategic-development': [(s) => `${s.armed} fighters take control of ${s.place}`, (s) => `Local truce agreed in ${s.place}`, (s) => `Withdrawal of government troops from ${s.place}`],
};

const TITLES: readonly ((s: Scene) => string)[] = [
  (s) => `${s.armed} Tightens Its Grip on the Roads Around ${s.place}`,
  (s) => `Why the Siege of ${s.place} Matters for ${s.country}`,
  (s) => `${s.country}: The Battle for ${s.place} Enters a New Phase`,
  (s) => `After ${s.place}, a Longer War in ${s.region}`,
  (s) => `${s.armed} Strikes Again: What the Attack on ${s.place} Tells Us`,
  (s) => `${s.state} Under Pressure as ${s.armed} Expands Around ${s.place2}`,
  (s) => `The Quiet Collapse of State Control in ${s.place}`,
  (s) => `${s.region} Outlook: ${s.armed} and the Fight for ${s.place}`,
  (s) => `Drones, Convoys and Checkpoints: The War Around ${s.place}`,
  (s) => `How ${s.armed} Turned ${s.place} Into a Front Line`,
];

const DEKS: readonly ((s: Scene) => string)[] = [
  (s) => `Attacks on ${s.place} and ${s.place2} within weeks show a group able to fight on several fronts at once.`,
  (s) => `${s.state} holds the towns, but the roads between them now belong to ${s.armed}.`,
  (s) => `A spike in violence around ${s.place} tests the government of ${s.country} and its partners.`,
  (s) => `What the latest fighting near ${s.place} means for civilians, trade and the balance of force in ${s.region}.`,
];

const SOURCE_TITLES: readonly ((s: Scene) => string)[] = [
  (s) => `${s.armed} attacks near ${s.place} leave dozens dead`,
  (s) => `${s.country}: situation report on ${s.place}`,
  (s) => `Inside the fight for ${s.place}`,
  (s) => `${s.state} says it repelled assault on ${s.place2}`,
  (s) => `${s.region} file: ${s.armed} expands operations`,
  (s) => `Civilians flee ${s.place} as fighting intensifies`,
  (s) => `Conflict monitor: ${s.country} regional overview`,
  (s) => `Analysis: what ${s.armed} wants in ${s.country}`,
];

const CORRECTION_NOTES = [
  'An earlier version misspelled the name of a town; it has been corrected throughout.',
  'An earlier version gave the wrong date for one event in the timeline.',
  'A source was attributed to the wrong publisher; the Sources list now names the right one.',
];

// ---------------------------------------------------------------------------------------------
// Generation

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A paragraph of about `words` words from random sentences, with a citation after some. */
function paragraph(scene: Scene, r: Random, words: number, cites: string[]): string {
  const sentences: string[] = [];
  let count = 0;
  let used = new Set<number>();
  while (count < words) {
    let index = r.int(0, SENTENCES.length - 1);
    // Avoid repeating a sentence inside a paragraph.
    for (let tries = 0; used.has(index) && tries < 8; tries++) index = r.int(0, SENTENCES.length - 1);
    if (used.size > SENTENCES.length / 2) used = new Set();
    used.add(index);
    const sentence = SENTENCES[index]!(scene, r);
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  // Citations go after the sentence, as the house style writes them: "…dead.[^id]".
  cites.forEach((id, i) => {
    const at = Math.min(sentences.length - 1, Math.floor(((i + 1) * sentences.length) / (cites.length + 1)));
    sentences[at] = `${sentences[at]}[^${id}]`;
  });
  return sentences.join(' ');
}

/** Cuts a slug to at most `max` characters at a hyphen. */
function shortSlug(text: string, max = 60): string {
  const slug = toSlug(text);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function placesOf(region: BenchRegion, countries: readonly string[]): (BenchPlace & { country: string })[] {
  return countries.flatMap((code) => (region.countries[code] ?? []).map((place) => ({ ...place, country: code })));
}

/** Generates briefing `index` of `count` (its own PRNG stream). `slug` is decided by the caller. */
function generateBriefing(seed: number, index: number, count: number): Omit<GeneratedBriefing, 'slug' | 'dataset'> & { slugBase: string; datasetCsv: string } {
  const r = new Random(streamSeed(seed, index));
  const region = r.pick(REGIONS);
  const second = r.chance(0.15) ? r.pick(REGIONS.filter((other) => other.id !== region.id)) : undefined;
  const local = ACTORS.filter((actor) => actor.region === region.id);
  const armedPool = local.filter((actor) => actor.side === 'armed');
  const armed = r.pick(armedPool.length ? armedPool : local);
  // The first country is one where the armed group operates, so its places make sense together.
  const all = Object.keys(region.countries);
  const home = all.filter((code) => armed.countries.includes(code));
  const first = r.pick(home.length ? home : all);
  const codes = [first, ...r.sample(all.filter((code) => code !== first), r.int(0, Math.min(2, all.length - 1)))];
  const places = placesOf(region, codes);
  const statePool = local.filter((actor) => actor.side === 'state');
  const homeState = statePool.filter((actor) => actor.countries.includes(first));
  const state = r.pick(homeState.length ? homeState : statePool.length ? statePool : local);
  const extra = r.sample(local.filter((actor) => actor !== armed && actor !== state), r.int(0, 2));
  const actors = [armed, state, ...extra].filter((actor, i, all) => all.indexOf(actor) === i);

  // Publication dates spread evenly over six years, oldest first, with a little jitter.
  const published = iso(FIRST_DAY + Math.floor(((index + r.next() * 0.9) * SPAN_DAYS) / Math.max(1, count)) * DAY);
  const firstPlaces = places.filter((p) => p.country === first);
  const [place, place2] = r.sample(firstPlaces, 2).concat(places).map((p) => p.name) as [string, string];
  const countryLabel = countryName(codes[0]!);
  const scene = (overrides: Partial<Scene> = {}): Scene => ({
    armed: armed.name, state: state.name, place, place2: place2 ?? place, country: countryLabel, region: region.name,
    month: monthYear(addDays(published, -r.int(10, 200))), day: dayMonth(addDays(published, -r.int(3, 60))), ...overrides,
  });
  const main = scene();
  const title = clampText(r.pick(TITLES)(main), 120);

  // Sources: 8, from distinct publishers, dated before the briefing.
  const publishers = r.sample(PUBLISHERS, SOURCES_PER_BRIEFING);
  const ids = new Set<string>();
  const sourceTitles = r.shuffle(SOURCE_TITLES);
  const sources: GeneratedSource[] = publishers.map((publisher, i) => {
    const date = addDays(published, -r.int(1, 400));
    let id = `${publisher.short}-${date}`;
    while (ids.has(id)) id = `${id}-b`;
    ids.add(id);
    const sourceTitle = sourceTitles[i % sourceTitles.length]!(scene({ place: r.pick(places).name }));
    const url = `https://${publisher.domain}/${date.slice(0, 4)}/${date.slice(5, 7)}/${shortSlug(sourceTitle, 70)}`;
    const source: GeneratedSource = { id, url, title: sourceTitle, publisher: publisher.name };
    if (r.chance(0.8)) source.published = date;
    if (r.chance(0.3)) source.accessed = addDays(published, -r.int(0, 3));
    if (r.chance(0.2)) source.archive = `https://web.archive.org/web/${date.replaceAll('-', '')}000000/${url}`;
    if (r.chance(0.9)) source.reliability = r.pick(RELIABILITY_GRADES.slice(0, 4));
    return source;
  });
  const sourceIds = sources.map((s) => s.id);
  const cite = (k = 1) => r.sample(sourceIds, k);

  // Events: 6, each at a real place of the briefing's countries (jittered by up to ~10 km).
  const events: GeneratedEvent[] = Array.from({ length: EVENTS_PER_BRIEFING }, () => {
    const at = r.pick(places);
    const type = r.pick(EVENT_TYPES);
    const date = addDays(published, -r.int(2, 540));
    const event: GeneratedEvent = {
      date,
      title: clampText(r.pick(EVENT_TITLES[type])(scene({ place: at.name })), 120),
      place: { name: at.name, country: at.country, lat: round2(at.lat + (r.next() - 0.5) * 0.16), lon: round2(at.lon + (r.next() - 0.5) * 0.16) },
      actors: r.sample(actors.map((actor) => actor.id), r.int(1, 2)),
      type,
      cites: cite(r.int(1, 2)),
    };
    if (r.chance(0.15)) {
      event.precision = 'month';
      event.date = `${date.slice(0, 8)}01`;
    } else if (r.chance(0.25)) {
      event.reported = addDays(date, r.int(1, 3));
    }
    if (type !== 'protest' && type !== 'strategic-development' && r.chance(0.7)) {
      const low = r.int(0, 60);
      event.fatalities = r.chance(0.4) ? { low, high: low + r.int(1, 40) } : low;
    }
    return event;
  }).sort((x, y) => x.date.localeCompare(y.date));

  // Key judgements with ICD 203 terms that match their likelihood.
  const judgementVerbs = r.sample(JUDGEMENT_VERBS, r.int(3, 4));
  const judgements = judgementVerbs.map((verb) => {
    const likelihood = r.pick(LIKELIHOODS.slice(1, 6));
    const subject = r.chance(0.7) ? armed.name : state.name;
    return {
      judgement: judgementText(subject, likelihood, verb(main), r.pick(BULLET_TAILS)),
      likelihood,
      confidence: r.pick(CONFIDENCES),
      cites: cite(r.int(1, 2)),
    };
  });

  const intel = Array.from({ length: r.int(3, 5) }, () => ({ finding: r.pick(SENTENCES)(main, r), cites: cite(r.int(1, 2)) }));
  let overview = `${r.pick(SENTENCES)(main, r)} ${r.pick(SENTENCES)(main, r)}`;
  if (overview.length > 600) overview = clampText(overview, 600);

  const regions = second ? [region.id, second.id] : [region.id];
  const data: GeneratedFrontmatter = {
    title,
    dek: clampText(r.pick(DEKS)(main), 280),
    published,
    dataCutoff: addDays(published, -r.int(0, 3)),
    authors: r.sample(AUTHORS.map((author) => author.id), r.chance(0.3) ? 2 : 1),
    regions,
    countries: [...new Set([...codes, ...events.map((e) => e.place.country)])],
    actors: actors.map((actor) => actor.id),
    tags: r.sample(TAGS, r.int(2, 5)),
    overview,
    intel,
    historicalContext: events,
    strategicImpact: judgements,
    sources,
  };
  if (r.chance(0.15)) data.updated = addDays(published, r.int(1, 30));
  if (r.chance(0.05)) data.corrections = [{ date: addDays(published, r.int(1, 20)), note: r.pick(CORRECTION_NOTES) }];
  if (r.chance(0.03)) data.card = { title: clampText(`${armed.name} and ${place}`, 120) };

  // The body: every source is cited at least once (the first eight citations cover them all).
  const order = r.shuffle(sourceIds);
  let next = 0;
  const take = (k: number) => Array.from({ length: k }, () => order[next++ % order.length]!);
  const monthly = datasetRows(r, published);
  const peak = monthly.reduce((best, row) => (row.incidents > best.incidents ? row : best));
  const chartSentence = `Monitors recorded ${monthly.reduce((sum, row) => sum + row.incidents, 0)} incidents in the twelve months to ${monthYear(monthly.at(-1)!.month + '-01')}, with a peak of ${peak.incidents} in ${monthYear(peak.month + '-01')}.`;
  const subsections = r.sample(INTEL_HEADINGS, 3).map((heading) => heading(scene({ place: r.pick(places).name })));
  const parts = [
    '## Overview', '',
    paragraph(main, r, 60, take(1)), '',
    paragraph(scene(), r, 45, take(1)), '',
    '## Intel', '',
    `### ${subsections[0]}`, '',
    paragraph(scene(), r, 75, take(1)), '',
    paragraph(scene(), r, 55, take(1)), '',
    `### ${subsections[1]}`, '',
    paragraph(scene(), r, 70, take(1)), '',
    `${chartSentence}[^${take(1)[0]}]`, '',
    '{{BarChart}}', '',
    paragraph(scene(), r, 45, []), '',
    `### ${subsections[2]}`, '',
    paragraph(scene(), r, 80, take(2)), '',
    '## Historical Context', '',
    paragraph(scene(), r, 100, take(2)), '',
    '{{Timeline}}', '',
    '{{EventMap}}', '',
    '## Strategic Impact', '',
    paragraph(main, r, 35, []), '',
    ...judgements.map((j) => `- ${j.judgement.replace(/\.$/, '')} (${formatBand(j.likelihood)}).[^${j.cites[0]}] Confidence is ${j.confidence}.`), '',
    paragraph(scene(), r, 45, take(1)), '',
    '## Final Thoughts', '',
    paragraph(main, r, 80, take(1)), '',
  ];
  const csv = ['month,incidents,fatalities', ...monthly.map((row) => `${row.month},${row.incidents},${row.fatalities}`)].join('\n') + '\n';
  return { slugBase: shortSlug(title), data, body: parts.join('\n'), datasetCsv: csv };
}

const INTEL_HEADINGS: readonly ((s: Scene) => string)[] = [
  (s) => `Coordinated strikes around ${s.place}`,
  (s) => `The road to ${s.place}`,
  () => 'Civilians caught in between',
  () => 'A regional apparatus',
  (s) => `${s.state} on the defensive`,
  () => 'Money, fuel and recruits',
  () => 'Air power and its limits',
  (s) => `What ${s.armed} wants`,
  () => 'The information war',
  () => 'Outside partners',
];

/** Twelve months of incident counts ending the month before publication: the author chart's data. */
function datasetRows(r: Random, published: string): { month: string; incidents: number; fatalities: number }[] {
  let level = r.int(8, 40);
  const end = Date.UTC(Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 1, 1);
  return Array.from({ length: 12 }, (_, i) => {
    const month = new Date(end);
    month.setUTCMonth(month.getUTCMonth() - 12 + i);
    level = Math.max(1, level + r.int(-6, 8));
    return { month: month.toISOString().slice(0, 7), incidents: level, fatalities: level * r.int(1, 4) };
  });
}

/** Replaces the `{{Component}}` placeholders: the chart's tag, or nothing (and its blank line). */
function withCharts(body: string, dataset: string, charts: readonly ChartComponent[]): string {
  return body.replace(/\{\{(\w+)\}\}\n\n/g, (_, name: ChartComponent) => (charts.includes(name) ? `${CHART_TAGS[name](dataset)}\n\n` : ''));
}

/** Generates the publication: same options, same result. */
export function generatePublication(options: GenerateOptions): GeneratedPublication {
  const { count, seed, charts = CHART_COMPONENTS } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer; got ${count}`);
  const used = new Set<string>();
  const briefings = Array.from({ length: count }, (_, index) => {
    const { slugBase, data, body, datasetCsv } = generateBriefing(seed, index, count);
    let slug = slugBase;
    for (let k = 2; used.has(slug); k++) slug = `${slugBase}-${k}`;
    used.add(slug);
    const dataset = { id: `${slug}-incidents`, csv: datasetCsv };
    return { slug, data, body: withCharts(body, dataset.id, charts), dataset };
  });
  return { seed, briefings, authors: [...AUTHORS], regions: [...REGIONS], actors: [...ACTORS] };
}

// ---------------------------------------------------------------------------------------------
// Files

const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });

/** The text of `content/briefings/<slug>.mdx`. */
export function briefingFile(briefing: Pick<GeneratedBriefing, 'data' | 'body'>): string {
  return `---\n${yaml(briefing.data)}---\n\n${briefing.body}`;
}

/**
 * The same briefing for a plain Astro + MDX site: chart tags removed, citations kept as ordinary
 * GFM footnotes whose definitions (linked title, publisher) are appended, so the baseline renders
 * the same prose and the same footnote machinery without any Sitrep feature.
 */
export function baselineFile(briefing: Pick<GeneratedBriefing, 'data' | 'body'>): string {
  const body = briefing.body
    .split('\n')
    .filter((line) => !/^<(BarChart|Timeline|EventMap)\b.*\/>$/.test(line.trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  const notes = briefing.data.sources.map((s) => `[^${s.id}]: [${s.title}](${s.url}), ${s.publisher}.`);
  return `---\n${yaml(briefing.data)}---\n\n${body}\n${notes.join('\n')}\n`;
}

/** Every file of the publication's content folder, by path relative to it. */
export function publicationFiles(publication: GeneratedPublication): Map<string, string> {
  const files = new Map<string, string>();
  for (const author of publication.authors) {
    files.set(`authors/${author.id}.yaml`, yaml({ name: author.name, role: author.role, ...(author.kind ? { kind: author.kind } : {}) }));
  }
  for (const region of publication.regions) files.set(`regions/${region.id}.yaml`, yaml({ name: region.name, description: region.description }));
  for (const actor of publication.actors) {
    files.set(`actors/${actor.id}.yaml`, yaml({ name: actor.name, ...(actor.aliases ? { aliases: actor.aliases } : {}), kind: actor.kind, countries: actor.countries }));
  }
  files.set('pages/about.mdx', `---\ntitle: About the benchmark publication\ndescription: A synthetic publication generated by scripts/bench/ to measure Sitrep's build.\n---\n\nThis publication is generated from a seed (${publication.seed}); none of it is real reporting.\n`);
  for (const briefing of publication.briefings) {
    files.set(`briefings/${briefing.slug}.mdx`, briefingFile(briefing));
    files.set(`data/${briefing.dataset.id}.csv`, briefing.dataset.csv);
  }
  return files;
}

/** Word count of a body as a reader sees it (tags, citations and Markdown marks left out). */
export function proseWords(body: string): number {
  return body
    .replace(/<[^>]+\/>/g, ' ')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/^#+\s/gm, '')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
