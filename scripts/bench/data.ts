/**
 * The vocabulary of the benchmark's synthetic publication: regions with real countries and
 * real places (coordinates rounded to 0.01°), the actors that operate there, authors, tags and
 * publishers. Plain data, so the generator in generate.ts stays a pure function of a seed.
 */
import type { ACTOR_KINDS } from '../../src/schemas/actor.ts';

/** A town with its coordinates (decimal degrees). */
export interface BenchPlace {
  name: string;
  lat: number;
  lon: number;
}

/** A region of the publication: its countries and, in each, a few real places. */
export interface BenchRegion {
  id: string;
  name: string;
  description: string;
  /** ISO alpha-2 code → places in that country. */
  countries: Record<string, readonly BenchPlace[]>;
}

/** An actor file plus the region it belongs to in the generator. */
export interface BenchActor {
  id: string;
  name: string;
  kind: (typeof ACTOR_KINDS)[number];
  region: string;
  countries: readonly string[];
  aliases?: readonly string[];
  /** Is it a state force (it "defends", "holds"), or an armed group (it "attacks")? */
  side: 'state' | 'armed';
}

const p = (name: string, lat: number, lon: number): BenchPlace => ({ name, lat, lon });

export const REGIONS: readonly BenchRegion[] = [
  {
    id: 'sahel', name: 'Sahel', description: 'Mali, Burkina Faso and Niger: the central Sahel insurgencies.',
    countries: {
      ML: [p('Bamako', 12.64, -8.0), p('Gao', 16.27, -0.04), p('Timbuktu', 16.77, -3.01), p('Mopti', 14.49, -4.2), p('Ménaka', 15.92, 2.4), p('Kidal', 18.44, 1.41)],
      BF: [p('Ouagadougou', 12.37, -1.52), p('Djibo', 14.1, -1.63), p('Dori', 14.03, -0.03), p('Fada N’Gourma', 12.06, 0.36), p('Barsalogho', 13.42, -1.06)],
      NE: [p('Niamey', 13.51, 2.11), p('Tillabéri', 14.21, 1.45), p('Agadez', 16.97, 7.99), p('Diffa', 13.32, 12.61)],
    },
  },
  {
    id: 'lake-chad-basin', name: 'Lake Chad Basin', description: 'Northeast Nigeria, the Far North of Cameroon and western Chad.',
    countries: {
      NG: [p('Maiduguri', 11.85, 13.16), p('Bama', 11.52, 13.69), p('Monguno', 12.67, 13.61), p('Gwoza', 11.08, 13.69)],
      CM: [p('Maroua', 10.59, 14.32), p('Kolofata', 11.16, 14.03), p('Mora', 11.05, 14.14)],
      TD: [p('N’Djamena', 12.13, 15.06), p('Bol', 13.46, 14.71), p('Baga Sola', 13.53, 14.32)],
    },
  },
  {
    id: 'horn-of-africa', name: 'Horn of Africa', description: 'Somalia, Ethiopia and northern Kenya.',
    countries: {
      SO: [p('Mogadishu', 2.04, 45.34), p('Baidoa', 3.12, 43.65), p('Kismayo', -0.36, 42.55), p('Beledweyne', 4.74, 45.2)],
      ET: [p('Addis Ababa', 9.03, 38.74), p('Mekelle', 13.5, 39.47), p('Gondar', 12.6, 37.47), p('Bahir Dar', 11.59, 37.39)],
      KE: [p('Mandera', 3.94, 41.86), p('Garissa', -0.45, 39.65), p('Lamu', -2.27, 40.9)],
    },
  },
  {
    id: 'sudan', name: 'Sudan and South Sudan', description: 'The war between the army and the Rapid Support Forces, and its neighbours.',
    countries: {
      SD: [p('Khartoum', 15.5, 32.56), p('El Fasher', 13.63, 25.35), p('Wad Madani', 14.4, 33.52), p('El Obeid', 13.18, 30.22), p('Port Sudan', 19.62, 37.22)],
      SS: [p('Juba', 4.85, 31.58), p('Malakal', 9.53, 31.66), p('Renk', 11.75, 32.8)],
    },
  },
  {
    id: 'middle-east', name: 'Middle East', description: 'Yemen, Syria, Iraq and Lebanon.',
    countries: {
      YE: [p('Sanaa', 15.37, 44.19), p('Aden', 12.79, 45.04), p('Hodeidah', 14.8, 42.95), p('Marib', 15.46, 45.32)],
      SY: [p('Aleppo', 36.2, 37.13), p('Idlib', 35.93, 36.63), p('Deir ez-Zor', 35.34, 40.14), p('Homs', 34.73, 36.72)],
      IQ: [p('Baghdad', 33.31, 44.37), p('Mosul', 36.34, 43.13), p('Erbil', 36.19, 44.01), p('Kirkuk', 35.47, 44.39)],
      LB: [p('Beirut', 33.89, 35.5), p('Tyre', 33.27, 35.2), p('Baalbek', 34.01, 36.21)],
    },
  },
  {
    id: 'eastern-europe', name: 'Eastern Europe', description: 'Russia’s war on Ukraine, and Moldova.',
    countries: {
      UA: [p('Kyiv', 50.45, 30.52), p('Kharkiv', 49.99, 36.23), p('Odesa', 46.48, 30.72), p('Zaporizhzhia', 47.84, 35.14), p('Dnipro', 48.46, 35.05), p('Pokrovsk', 48.28, 37.18)],
      MD: [p('Chișinău', 47.01, 28.86), p('Tiraspol', 46.84, 29.63)],
    },
  },
  {
    id: 'south-caucasus', name: 'South Caucasus', description: 'Georgia, Armenia and Azerbaijan.',
    countries: {
      GE: [p('Tbilisi', 41.72, 44.79), p('Batumi', 41.64, 41.63), p('Gori', 41.98, 44.11)],
      AM: [p('Yerevan', 40.18, 44.51), p('Goris', 39.51, 46.34), p('Jermuk', 39.84, 45.67)],
      AZ: [p('Baku', 40.41, 49.87), p('Ganja', 40.68, 46.36), p('Shusha', 39.76, 46.75)],
    },
  },
  {
    id: 'central-asia', name: 'Central Asia', description: 'Afghanistan, Tajikistan and Kyrgyzstan.',
    countries: {
      AF: [p('Kabul', 34.53, 69.17), p('Kandahar', 31.61, 65.71), p('Kunduz', 36.73, 68.86), p('Jalalabad', 34.43, 70.45)],
      TJ: [p('Dushanbe', 38.56, 68.79), p('Khorog', 37.49, 71.55), p('Kulob', 37.91, 69.78)],
      KG: [p('Bishkek', 42.87, 74.59), p('Osh', 40.53, 72.8), p('Batken', 40.06, 70.82)],
    },
  },
  {
    id: 'south-asia', name: 'South Asia', description: 'Pakistan and the contested north of India.',
    countries: {
      PK: [p('Peshawar', 34.01, 71.58), p('Quetta', 30.18, 67.0), p('Karachi', 24.86, 67.01), p('Bannu', 32.99, 70.6)],
      IN: [p('Srinagar', 34.08, 74.8), p('Imphal', 24.82, 93.94), p('Jammu', 32.73, 74.86)],
    },
  },
  {
    id: 'southeast-asia', name: 'Southeast Asia', description: 'Myanmar’s civil war and the southern Philippines.',
    countries: {
      MM: [p('Mandalay', 21.96, 96.08), p('Naypyidaw', 19.76, 96.13), p('Sittwe', 20.15, 92.9), p('Lashio', 22.94, 97.75), p('Myawaddy', 16.69, 98.51)],
      PH: [p('Marawi', 8.0, 124.29), p('Cotabato', 7.22, 124.25), p('Jolo', 6.05, 121.0)],
    },
  },
  {
    id: 'great-lakes', name: 'Great Lakes', description: 'Eastern Congo and its neighbours.',
    countries: {
      CD: [p('Goma', -1.68, 29.22), p('Bunia', 1.56, 30.25), p('Beni', 0.49, 29.47), p('Bukavu', -2.51, 28.86)],
      RW: [p('Kigali', -1.94, 30.06), p('Gisenyi', -1.7, 29.26)],
      UG: [p('Kasese', 0.18, 30.08), p('Kampala', 0.35, 32.58)],
    },
  },
  {
    id: 'caribbean', name: 'Caribbean', description: 'Haiti’s gang war and the region around it.',
    countries: {
      HT: [p('Port-au-Prince', 18.59, -72.31), p('Cap-Haïtien', 19.76, -72.2), p('Saint-Marc', 19.11, -72.69), p('Mirebalais', 18.83, -72.1)],
      DO: [p('Santo Domingo', 18.49, -69.93), p('Dajabón', 19.55, -71.71)],
    },
  },
  {
    id: 'latin-america', name: 'Latin America', description: 'Organised crime and armed groups from Mexico to Ecuador.',
    countries: {
      MX: [p('Culiacán', 24.81, -107.39), p('Tijuana', 32.51, -117.04), p('Uruapan', 19.42, -102.06)],
      CO: [p('Cali', 3.45, -76.53), p('Cúcuta', 7.89, -72.51), p('Tumaco', 1.8, -78.76)],
      EC: [p('Guayaquil', -2.17, -79.92), p('Esmeraldas', 0.97, -79.65)],
    },
  },
  {
    id: 'north-africa', name: 'North Africa', description: 'Libya and the Sinai.',
    countries: {
      LY: [p('Tripoli', 32.89, 13.19), p('Benghazi', 32.12, 20.09), p('Sirte', 31.21, 16.59), p('Sabha', 27.04, 14.43)],
      EG: [p('El-Arish', 31.13, 33.8), p('Rafah', 31.28, 34.24)],
    },
  },
];

const a = (id: string, name: string, kind: BenchActor['kind'], region: string, countries: string[], side: BenchActor['side'], aliases?: string[]): BenchActor =>
  ({ id, name, kind, region, countries, side, ...(aliases ? { aliases } : {}) });

export const ACTORS: readonly BenchActor[] = [
  a('jnim', 'JNIM', 'terrorist-organisation', 'sahel', ['ML', 'BF', 'NE'], 'armed', ['Jama’at Nusrat al-Islam wal-Muslimin']),
  a('islamic-state-sahel', 'Islamic State Sahel Province', 'terrorist-organisation', 'sahel', ['ML', 'NE', 'BF'], 'armed', ['ISSP']),
  a('fama', 'Malian Armed Forces', 'government', 'sahel', ['ML'], 'state', ['FAMa']),
  a('africa-corps', 'Africa Corps', 'private-military-company', 'sahel', ['ML', 'BF', 'NE'], 'state'),
  a('burkina-army', 'Burkinabè Armed Forces', 'government', 'sahel', ['BF'], 'state'),
  a('boko-haram', 'Boko Haram', 'terrorist-organisation', 'lake-chad-basin', ['NG', 'CM', 'TD'], 'armed', ['JAS']),
  a('iswap', 'Islamic State West Africa Province', 'terrorist-organisation', 'lake-chad-basin', ['NG', 'TD'], 'armed', ['ISWAP']),
  a('nigerian-army', 'Nigerian Army', 'government', 'lake-chad-basin', ['NG'], 'state'),
  a('mnjtf', 'Multinational Joint Task Force', 'international-organisation', 'lake-chad-basin', ['NG', 'CM', 'TD'], 'state', ['MNJTF']),
  a('al-shabaab', 'al-Shabaab', 'terrorist-organisation', 'horn-of-africa', ['SO', 'KE'], 'armed'),
  a('somali-national-army', 'Somali National Army', 'government', 'horn-of-africa', ['SO'], 'state', ['SNA']),
  a('aussom', 'African Union Support and Stabilisation Mission in Somalia', 'international-organisation', 'horn-of-africa', ['SO'], 'state', ['AUSSOM']),
  a('fano', 'Fano', 'militia', 'horn-of-africa', ['ET'], 'armed'),
  a('ethiopian-army', 'Ethiopian National Defense Force', 'government', 'horn-of-africa', ['ET'], 'state', ['ENDF']),
  a('saf', 'Sudanese Armed Forces', 'government', 'sudan', ['SD'], 'state', ['SAF']),
  a('rsf', 'Rapid Support Forces', 'non-state-armed-group', 'sudan', ['SD'], 'armed', ['RSF']),
  a('splm-n', 'SPLM-North', 'non-state-armed-group', 'sudan', ['SD', 'SS'], 'armed'),
  a('houthis', 'Houthis', 'non-state-armed-group', 'middle-east', ['YE'], 'armed', ['Ansar Allah']),
  a('aqap', 'al-Qaeda in the Arabian Peninsula', 'terrorist-organisation', 'middle-east', ['YE'], 'armed', ['AQAP']),
  a('hts', 'Hayat Tahrir al-Sham', 'non-state-armed-group', 'middle-east', ['SY'], 'armed', ['HTS']),
  a('islamic-state', 'Islamic State', 'terrorist-organisation', 'middle-east', ['SY', 'IQ'], 'armed', ['ISIS', 'Daesh']),
  a('hezbollah', 'Hezbollah', 'non-state-armed-group', 'middle-east', ['LB', 'SY'], 'armed'),
  a('sdf', 'Syrian Democratic Forces', 'non-state-armed-group', 'middle-east', ['SY'], 'armed', ['SDF']),
  a('iraqi-security-forces', 'Iraqi Security Forces', 'government', 'middle-east', ['IQ'], 'state'),
  a('russian-armed-forces', 'Russian Armed Forces', 'state', 'eastern-europe', ['RU', 'UA', 'BY'], 'armed'),
  a('ukrainian-armed-forces', 'Armed Forces of Ukraine', 'state', 'eastern-europe', ['UA'], 'state', ['ZSU']),
  a('wagner-group', 'Wagner Group', 'private-military-company', 'eastern-europe', ['RU', 'BY'], 'armed'),
  a('armenian-government', 'Government of Armenia', 'government', 'south-caucasus', ['AM'], 'state'),
  a('azerbaijani-armed-forces', 'Azerbaijani Armed Forces', 'state', 'south-caucasus', ['AZ'], 'state'),
  a('georgian-government', 'Government of Georgia', 'government', 'south-caucasus', ['GE'], 'state'),
  a('taliban', 'Taliban', 'government', 'central-asia', ['AF'], 'state', ['Islamic Emirate of Afghanistan']),
  a('isis-k', 'Islamic State Khorasan Province', 'terrorist-organisation', 'central-asia', ['AF', 'PK', 'TJ'], 'armed', ['ISKP']),
  a('tajik-government', 'Government of Tajikistan', 'government', 'central-asia', ['TJ'], 'state'),
  a('ttp', 'Tehrik-i-Taliban Pakistan', 'terrorist-organisation', 'south-asia', ['PK', 'AF'], 'armed', ['TTP']),
  a('bla', 'Balochistan Liberation Army', 'non-state-armed-group', 'south-asia', ['PK'], 'armed', ['BLA']),
  a('pakistan-army', 'Pakistan Army', 'government', 'south-asia', ['PK'], 'state'),
  a('tatmadaw', 'Tatmadaw', 'government', 'southeast-asia', ['MM'], 'state', ['Myanmar military']),
  a('arakan-army', 'Arakan Army', 'non-state-armed-group', 'southeast-asia', ['MM'], 'armed', ['AA']),
  a('kia', 'Kachin Independence Army', 'non-state-armed-group', 'southeast-asia', ['MM'], 'armed', ['KIA']),
  a('mndaa', 'Myanmar National Democratic Alliance Army', 'non-state-armed-group', 'southeast-asia', ['MM'], 'armed', ['MNDAA']),
  a('m23', 'M23', 'non-state-armed-group', 'great-lakes', ['CD', 'RW'], 'armed', ['March 23 Movement']),
  a('adf', 'Allied Democratic Forces', 'terrorist-organisation', 'great-lakes', ['CD', 'UG'], 'armed', ['ADF']),
  a('fardc', 'Armed Forces of the DRC', 'government', 'great-lakes', ['CD'], 'state', ['FARDC']),
  a('viv-ansanm', 'Viv Ansanm', 'non-state-armed-group', 'caribbean', ['HT'], 'armed'),
  a('mss-haiti', 'Multinational Security Support Mission', 'international-organisation', 'caribbean', ['HT'], 'state', ['MSS']),
  a('haitian-police', 'Haitian National Police', 'government', 'caribbean', ['HT'], 'state', ['PNH']),
  a('sinaloa-cartel', 'Sinaloa Cartel', 'non-state-armed-group', 'latin-america', ['MX'], 'armed'),
  a('cjng', 'Jalisco New Generation Cartel', 'non-state-armed-group', 'latin-america', ['MX'], 'armed', ['CJNG']),
  a('eln', 'National Liberation Army', 'non-state-armed-group', 'latin-america', ['CO'], 'armed', ['ELN']),
  a('clan-del-golfo', 'Clan del Golfo', 'non-state-armed-group', 'latin-america', ['CO'], 'armed'),
  a('los-choneros', 'Los Choneros', 'non-state-armed-group', 'latin-america', ['EC'], 'armed'),
  a('lna', 'Libyan National Army', 'militia', 'north-africa', ['LY'], 'armed', ['LNA']),
  a('gnu', 'Government of National Unity', 'government', 'north-africa', ['LY'], 'state', ['GNU']),
];

export const AUTHORS: readonly { id: string; name: string; role: string; kind?: 'organization' }[] = [
  { id: 'editorial-desk', name: 'Editorial Desk', role: 'Staff', kind: 'organization' },
  { id: 'nadia-keller', name: 'Nadia Keller', role: 'Sahel analyst' },
  { id: 'tomas-ferreira', name: 'Tomás Ferreira', role: 'Latin America analyst' },
  { id: 'amara-okafor', name: 'Amara Okafor', role: 'West Africa analyst' },
  { id: 'lena-sokolova', name: 'Lena Sokolova', role: 'Eastern Europe analyst' },
  { id: 'omar-haddad', name: 'Omar Haddad', role: 'Middle East analyst' },
  { id: 'priya-raman', name: 'Priya Raman', role: 'South Asia analyst' },
  { id: 'jonas-lindqvist', name: 'Jonas Lindqvist', role: 'Maritime and infrastructure analyst' },
  { id: 'aung-min-thu', name: 'Aung Min Thu', role: 'Southeast Asia analyst' },
  { id: 'claire-dubois', name: 'Claire Dubois', role: 'Great Lakes analyst' },
];

export const TAGS: readonly string[] = [
  'terrorism', 'insurgency', 'civil-war', 'counterterrorism', 'peacekeeping', 'drones', 'maritime-security', 'sanctions',
  'elections', 'coup', 'displacement', 'humanitarian', 'energy', 'critical-infrastructure', 'cyber', 'disinformation',
  'border-security', 'organised-crime', 'kidnapping', 'arms-trafficking', 'mercenaries', 'jihadism', 'al-qaeda',
  'islamic-state', 'ceasefire', 'negotiations', 'air-power', 'famine', 'refugees', 'governance', 'hybrid-warfare',
  'undersea-cables', 'shipping', 'gold-mining', 'narcotics', 'urban-warfare', 'artillery', 'air-defence', 'missile-strikes', 'protests',
];

/** Publishers with the short id used in source ids and a domain for URLs. */
export const PUBLISHERS: readonly { short: string; name: string; domain: string }[] = [
  { short: 'reuters', name: 'Reuters', domain: 'www.reuters.com' },
  { short: 'f24', name: 'France 24', domain: 'www.france24.com' },
  { short: 'aj', name: 'Al Jazeera', domain: 'www.aljazeera.com' },
  { short: 'bbc', name: 'BBC News', domain: 'www.bbc.co.uk' },
  { short: 'ap', name: 'Associated Press', domain: 'apnews.com' },
  { short: 'acled', name: 'ACLED', domain: 'acleddata.com' },
  { short: 'isw', name: 'Institute for the Study of War', domain: 'understandingwar.org' },
  { short: 'icg', name: 'International Crisis Group', domain: 'www.crisisgroup.org' },
  { short: 'lwj', name: 'FDD’s Long War Journal', domain: 'www.longwarjournal.org' },
  { short: 'atlas', name: 'The Atlas News', domain: 'theatlasnews.co' },
  { short: 'ocha', name: 'UN OCHA', domain: 'reliefweb.int' },
  { short: 'un', name: 'UN News', domain: 'news.un.org' },
  { short: 'hrw', name: 'Human Rights Watch', domain: 'www.hrw.org' },
  { short: 'amnesty', name: 'Amnesty International', domain: 'www.amnesty.org' },
  { short: 'tnh', name: 'The New Humanitarian', domain: 'www.thenewhumanitarian.org' },
  { short: 'rfi', name: 'RFI', domain: 'www.rfi.fr' },
  { short: 'dw', name: 'Deutsche Welle', domain: 'www.dw.com' },
  { short: 'rferl', name: 'Radio Free Europe/Radio Liberty', domain: 'www.rferl.org' },
  { short: 'diplomat', name: 'The Diplomat', domain: 'thediplomat.com' },
  { short: 'irrawaddy', name: 'The Irrawaddy', domain: 'www.irrawaddy.com' },
  { short: 'insight', name: 'InSight Crime', domain: 'insightcrime.org' },
  { short: 'rusi', name: 'RUSI', domain: 'www.rusi.org' },
  { short: 'csis', name: 'CSIS', domain: 'www.csis.org' },
  { short: 'ctp', name: 'Critical Threats', domain: 'www.criticalthreats.org' },
  { short: 'chatham', name: 'Chatham House', domain: 'www.chathamhouse.org' },
];
