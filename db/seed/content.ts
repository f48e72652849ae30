/**
 * The demo newsroom's words: sections, tags, authors and a lazily generated stream of
 * articles built from template grammars. Everything is derived from `opts.seed`, so the
 * same options always give the same newsroom. All people and organisations are invented.
 */
import type { Block, Inline } from '@/lib/content/blocks';
import { slugify } from '@/lib/urls';
import { imageTheme } from './images';
import { capitalize, createRandom, fillTemplate, mixSeed, type Random } from './random';
import type { SeedArticle, SeedAuthor, SeedSection, SeedTag } from './types';

export interface NewsroomOptions {
  seed: number;
  articles: number;
  now: Date;
  imageCount: number;
}

export interface Newsroom {
  sections: SeedSection[];
  tags: SeedTag[];
  authors: SeedAuthor[];
  articles: Iterable<SeedArticle>;
}

// ---------------------------------------------------------------------------------------
// Sections, tags, authors
// ---------------------------------------------------------------------------------------

const SECTIONS: Omit<SeedSection, 'position'>[] = [
  {
    slug: 'world-news',
    name: 'World News',
    description: 'Breaking news, diplomacy and conflict from every corner of the globe.',
  },
  {
    slug: 'russia',
    name: 'Russia',
    description: 'Politics, economy, society and culture from across Russia’s eleven time zones.',
  },
  {
    slug: 'business',
    name: 'Business',
    description: 'Markets, energy, trade and the companies shaping the global economy.',
  },
  {
    slug: 'op-ed',
    name: 'Op-ed',
    description: 'Opinion, analysis and argument from our columnists and guest contributors.',
  },
  { slug: 'sport', name: 'Sport', description: 'Football, tennis, combat sports and the stories behind the scores.' },
  {
    slug: 'science',
    name: 'Science & Tech',
    description: 'Space, artificial intelligence, medicine and the research changing how we live.',
  },
  {
    slug: 'africa',
    name: 'Africa',
    description: 'News and analysis from the world’s youngest and fastest-growing continent.',
  },
  { slug: 'india', name: 'India', description: 'Politics, business and society in the world’s most populous country.' },
];

type SectionSlug = 'world-news' | 'russia' | 'business' | 'op-ed' | 'sport' | 'science' | 'africa' | 'india';

/** [slug, name, description, sections the tag usually appears in] */
const TAG_DEFS: [string, string, string, SectionSlug[]][] = [
  ['oil', 'Oil', 'Crude production, prices and the politics of petroleum.', ['business', 'russia', 'world-news']],
  ['gas', 'Gas', 'Natural gas, LNG and the pipelines that carry them.', ['business', 'russia']],
  [
    'sanctions',
    'Sanctions',
    'Economic restrictions, their targets and their side effects.',
    ['world-news', 'russia', 'business'],
  ],
  [
    'brics',
    'BRICS',
    'The expanding bloc of emerging economies and its institutions.',
    ['world-news', 'business', 'india'],
  ],
  ['elections', 'Elections', 'Campaigns, votes and results around the world.', ['world-news', 'africa', 'india']],
  ['climate', 'Climate', 'Global warming, extreme weather and climate policy.', ['science', 'world-news', 'africa']],
  [
    'central-banks',
    'Central banks',
    'Interest rates, monetary policy and the people who set them.',
    ['business', 'russia', 'india'],
  ],
  ['inflation', 'Inflation', 'Prices, wages and the cost of living.', ['business', 'india']],
  ['space', 'Space', 'Launches, missions and discoveries beyond Earth.', ['science', 'russia', 'india']],
  ['football', 'Football', 'Leagues, transfers and international fixtures.', ['sport']],
  [
    'ukraine-conflict',
    'Ukraine conflict',
    'The war in Ukraine, peace efforts and its global fallout.',
    ['world-news', 'russia', 'op-ed'],
  ],
  ['middle-east', 'Middle East', 'Politics, conflict and diplomacy across the region.', ['world-news', 'op-ed']],
  ['china', 'China', 'The world’s second-largest economy and its global reach.', ['world-news', 'business', 'science']],
  ['trade', 'Trade', 'Tariffs, supply chains and the flow of goods.', ['business', 'africa', 'india']],
  ['energy', 'Energy', 'Power generation, fuels and the energy transition.', ['business', 'russia', 'science']],
  ['ai', 'AI', 'Artificial intelligence research, products and regulation.', ['science', 'business', 'op-ed']],
  ['health', 'Health', 'Medicine, public health and healthcare systems.', ['science', 'africa', 'india']],
  ['diplomacy', 'Diplomacy', 'Summits, negotiations and relations between states.', ['world-news', 'russia', 'op-ed']],
  ['migration', 'Migration', 'Refugees, borders and the movement of people.', ['world-news', 'africa', 'op-ed']],
  ['defence', 'Defence', 'Armed forces, military spending and security policy.', ['world-news', 'russia', 'op-ed']],
  ['nato', 'NATO', 'The Western military alliance and its expansion.', ['world-news', 'op-ed', 'russia']],
  [
    'european-union',
    'European Union',
    'Brussels, the member states and EU policy.',
    ['world-news', 'business', 'op-ed'],
  ],
  [
    'united-states',
    'United States',
    'American politics, economy and foreign policy.',
    ['world-news', 'op-ed', 'business'],
  ],
  ['arctic', 'Arctic', 'Shipping, resources and rivalry in the far north.', ['russia', 'science']],
  ['agriculture', 'Agriculture', 'Harvests, food security and farming.', ['business', 'africa', 'india', 'russia']],
  ['markets', 'Markets', 'Stocks, bonds, currencies and commodities.', ['business', 'india']],
  [
    'currencies',
    'Currencies',
    'Exchange rates and the search for alternatives to the dollar.',
    ['business', 'russia', 'india'],
  ],
  ['technology', 'Technology', 'Gadgets, platforms and the tech industry.', ['science', 'business', 'india']],
  ['cybersecurity', 'Cybersecurity', 'Hacks, leaks and digital defence.', ['science', 'world-news']],
  ['tennis', 'Tennis', 'Grand Slams, tours and rising stars.', ['sport']],
  ['boxing', 'Boxing', 'Title fights and the business of combat sports.', ['sport']],
  ['olympics', 'Olympics', 'The Games, qualification and the politics of sport.', ['sport', 'world-news']],
  ['cricket', 'Cricket', 'Tests, one-day internationals and the IPL.', ['sport', 'india']],
  ['ice-hockey', 'Ice hockey', 'Leagues, championships and players on ice.', ['sport', 'russia']],
  ['medicine', 'Medicine', 'Drugs, treatments and medical research.', ['science', 'india']],
  ['physics', 'Physics', 'From particle colliders to quantum computing.', ['science']],
  [
    'infrastructure',
    'Infrastructure',
    'Railways, ports, roads and power grids.',
    ['africa', 'india', 'russia', 'business'],
  ],
  ['mining', 'Mining', 'Minerals, metals and the companies that dig them.', ['africa', 'business']],
  ['sahel', 'Sahel', 'Security, politics and development across the Sahel.', ['africa', 'world-news']],
  ['protests', 'Protests', 'Demonstrations, strikes and civil unrest.', ['world-news', 'africa', 'india']],
  ['media', 'Media', 'Journalism, censorship and the information war.', ['op-ed', 'world-news']],
  ['history', 'History', 'The past and the arguments about it.', ['op-ed', 'russia']],
  ['transport', 'Transport', 'Aviation, rail, shipping and logistics.', ['business', 'russia', 'india']],
  ['startups', 'Start-ups', 'Young companies, venture capital and founders.', ['africa', 'india', 'science']],
];

const AUTHORS: SeedAuthor[] = [
  {
    slug: 'elena-vasquez',
    name: 'Elena Vasquez',
    jobTitle: 'World affairs editor',
    bio: 'Elena has covered diplomacy and conflict for two decades, reporting from Beirut, Caracas and Geneva.',
  },
  {
    slug: 'dmitry-orlov',
    name: 'Dmitry Orlov',
    jobTitle: 'Moscow correspondent',
    bio: 'Dmitry reports on Russian politics and society. He previously worked as a regional reporter in Siberia.',
  },
  {
    slug: 'sarah-whitfield',
    name: 'Sarah Whitfield',
    jobTitle: 'Business editor',
    bio: 'Sarah leads our coverage of markets, energy and trade. She spent ten years on a commodities desk in London.',
  },
  {
    slug: 'kwame-mensah',
    name: 'Kwame Mensah',
    jobTitle: 'Africa correspondent',
    bio: 'Kwame is based in Accra and writes about politics, business and technology across the continent.',
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    jobTitle: 'South Asia correspondent',
    bio: 'Priya covers Indian politics and the economy from New Delhi.',
  },
  {
    slug: 'tomas-lindqvist',
    name: 'Tomas Lindqvist',
    jobTitle: 'Science and technology reporter',
    bio: 'Tomas writes about space, AI and the research labs behind them. He trained as a physicist in Uppsala.',
  },
  {
    slug: 'marco-bellini',
    name: 'Marco Bellini',
    jobTitle: 'Chief sports writer',
    bio: 'Marco has reported from five World Cups and more Champions Cup finals than he cares to count.',
  },
  {
    slug: 'anna-kovalenko',
    name: 'Anna Kovalenko',
    jobTitle: 'Energy correspondent',
    bio: 'Anna follows oil, gas and the politics of pipelines, from the Arctic to the Gulf.',
  },
  {
    slug: 'james-okafor',
    name: 'James Okafor',
    jobTitle: 'Columnist',
    bio: 'James writes a weekly column on geopolitics and the shifting balance of global power.',
  },
  {
    slug: 'li-wei',
    name: 'Li Wei',
    jobTitle: 'Asia-Pacific reporter',
    bio: 'Li Wei reports on trade, technology and diplomacy in Asia.',
  },
  {
    slug: 'fatima-al-sayed',
    name: 'Fatima Al-Sayed',
    jobTitle: 'Middle East correspondent',
    bio: 'Fatima is based in Amman and covers politics and humanitarian affairs across the region.',
  },
  {
    slug: 'oliver-grant',
    name: 'Oliver Grant',
    jobTitle: 'News reporter',
    bio: 'Oliver works on the breaking news desk, covering everything from elections to extreme weather.',
  },
];

const SECTION_AUTHORS: Record<SectionSlug, string[]> = {
  'world-news': ['elena-vasquez', 'oliver-grant', 'fatima-al-sayed', 'li-wei'],
  russia: ['dmitry-orlov', 'anna-kovalenko', 'oliver-grant'],
  business: ['sarah-whitfield', 'anna-kovalenko', 'li-wei'],
  'op-ed': ['james-okafor', 'elena-vasquez', 'sarah-whitfield'],
  sport: ['marco-bellini', 'oliver-grant'],
  science: ['tomas-lindqvist', 'li-wei'],
  africa: ['kwame-mensah', 'oliver-grant'],
  india: ['priya-raman', 'li-wei'],
};

const SECTION_WEIGHTS: Record<SectionSlug, number> = {
  'world-news': 24,
  russia: 16,
  business: 18,
  'op-ed': 8,
  sport: 12,
  science: 9,
  africa: 7,
  india: 6,
};

// ---------------------------------------------------------------------------------------
// Grammar
// ---------------------------------------------------------------------------------------

type Pool = readonly string[] | ((r: Random) => string);
type Pools = Record<string, Pool>;
/** [title template, lede template] */
type Headline = readonly [string, string];

interface SectionGrammar {
  /** [country, city, demonym, area] */
  places: readonly (readonly [string, string, string, string])[];
  headlines: readonly Headline[];
  sentences: readonly string[];
  quotes: readonly string[];
  headings: readonly string[];
  listItems: readonly string[];
  roles: readonly string[];
  pools: Pools;
}

const FIRST = [
  'Aleksandr',
  'Maria',
  'Ibrahim',
  'Chen',
  'Ana',
  'Rahul',
  'Sofia',
  'Kofi',
  'Yusuf',
  'Hannah',
  'Pavel',
  'Lucia',
  'Arjun',
  'Amina',
  'Nikolai',
  'Claire',
  'Tariq',
  'Ingrid',
  'Mateo',
  'Olga',
  'Samuel',
  'Leila',
  'Viktor',
  'Ayesha',
  'Jonas',
  'Nadia',
  'Rafael',
  'Grace',
  'Emeka',
  'Irina',
  'Hugo',
  'Mei',
  'Sergei',
  'Zanele',
  'Karim',
  'Elif',
];
const LAST = [
  'Petrenko',
  'Okonkwo',
  'Haddad',
  'Lindgren',
  'Moreau',
  'Sharma',
  'Castillo',
  'Volkov',
  'Nakamura',
  'Adeyemi',
  'Brennan',
  'Fischer',
  'Kowalczyk',
  'Mwangi',
  'Rossi',
  'Iyer',
  'Novak',
  'Santos',
  'Demir',
  'Abramov',
  'Whitaker',
  'Osei',
  'Delacroix',
  'Kuznetsova',
  'Banerjee',
  'Ferreira',
  'Halvorsen',
  'Mbeki-Ndlovu',
  'Sokolov',
  'Tanaka',
  'Al-Rashid',
  'Dubois',
  'Grigoriev',
  'Pillai',
  'Eriksen',
  'Nwosu',
];

const WORLD_PLACES = [
  ['France', 'Paris', 'French', 'the south'],
  ['Germany', 'Berlin', 'German', 'Bavaria'],
  ['Turkey', 'Ankara', 'Turkish', 'the southeast'],
  ['Brazil', 'Brasília', 'Brazilian', 'the Amazon region'],
  ['Japan', 'Tokyo', 'Japanese', 'Hokkaido'],
  ['Mexico', 'Mexico City', 'Mexican', 'the northern border states'],
  ['Indonesia', 'Jakarta', 'Indonesian', 'Sumatra'],
  ['Poland', 'Warsaw', 'Polish', 'the eastern provinces'],
  ['Hungary', 'Budapest', 'Hungarian', 'the Great Plain'],
  ['Serbia', 'Belgrade', 'Serbian', 'the Vojvodina region'],
  ['Iran', 'Tehran', 'Iranian', 'the Gulf coast'],
  ['Saudi Arabia', 'Riyadh', 'Saudi', 'the Eastern Province'],
  ['Argentina', 'Buenos Aires', 'Argentine', 'Patagonia'],
  ['Vietnam', 'Hanoi', 'Vietnamese', 'the Mekong Delta'],
  ['Pakistan', 'Islamabad', 'Pakistani', 'Sindh'],
  ['Kazakhstan', 'Astana', 'Kazakh', 'the Caspian coast'],
  ['Italy', 'Rome', 'Italian', 'Sicily'],
  ['Spain', 'Madrid', 'Spanish', 'Catalonia'],
  ['Egypt', 'Cairo', 'Egyptian', 'the Sinai'],
  ['Venezuela', 'Caracas', 'Venezuelan', 'the Orinoco belt'],
  ['Armenia', 'Yerevan', 'Armenian', 'the Syunik province'],
  ['Georgia', 'Tbilisi', 'Georgian', 'the Black Sea coast'],
  ['Qatar', 'Doha', 'Qatari', 'the northern coast'],
  ['the United Kingdom', 'London', 'British', 'the north of England'],
  ['Malaysia', 'Kuala Lumpur', 'Malaysian', 'Sabah'],
  ['Chile', 'Santiago', 'Chilean', 'the Atacama'],
  ['Finland', 'Helsinki', 'Finnish', 'Lapland'],
  ['Slovakia', 'Bratislava', 'Slovak', 'the east'],
] as const;

const RUSSIA_PLACES = [
  ['Russia', 'Moscow', 'Russian', 'the capital region'],
  ['Russia', 'St Petersburg', 'Russian', 'the northwest'],
  ['Russia', 'Kazan', 'Russian', 'Tatarstan'],
  ['Russia', 'Novosibirsk', 'Russian', 'Siberia'],
  ['Russia', 'Yekaterinburg', 'Russian', 'the Urals'],
  ['Russia', 'Vladivostok', 'Russian', 'the Far East'],
  ['Russia', 'Murmansk', 'Russian', 'the Arctic'],
  ['Russia', 'Kaliningrad', 'Russian', 'the Baltic exclave'],
  ['Russia', 'Sochi', 'Russian', 'the Black Sea coast'],
  ['Russia', 'Nizhny Novgorod', 'Russian', 'the Volga region'],
  ['Russia', 'Krasnoyarsk', 'Russian', 'Eastern Siberia'],
  ['Russia', 'Irkutsk', 'Russian', 'the Lake Baikal region'],
  ['Russia', 'Khabarovsk', 'Russian', 'the Amur region'],
  ['Russia', 'Yakutsk', 'Russian', 'Yakutia'],
] as const;

const AFRICA_PLACES = [
  ['Nigeria', 'Lagos', 'Nigerian', 'the Niger Delta'],
  ['Kenya', 'Nairobi', 'Kenyan', 'the Rift Valley'],
  ['Ethiopia', 'Addis Ababa', 'Ethiopian', 'the Oromia region'],
  ['South Africa', 'Johannesburg', 'South African', 'the Eastern Cape'],
  ['Ghana', 'Accra', 'Ghanaian', 'the Ashanti region'],
  ['Senegal', 'Dakar', 'Senegalese', 'the Casamance'],
  ['Tanzania', 'Dar es Salaam', 'Tanzanian', 'Zanzibar'],
  ['Mali', 'Bamako', 'Malian', 'the north'],
  ['Niger', 'Niamey', 'Nigerien', 'the Tillabéri region'],
  ['Burkina Faso', 'Ouagadougou', 'Burkinabe', 'the Sahel region'],
  ['Angola', 'Luanda', 'Angolan', 'the Cabinda province'],
  ['Uganda', 'Kampala', 'Ugandan', 'the Lake Victoria basin'],
  ['Zambia', 'Lusaka', 'Zambian', 'the Copperbelt'],
  ['Morocco', 'Rabat', 'Moroccan', 'the Atlas mountains'],
  ['Algeria', 'Algiers', 'Algerian', 'the Saharan south'],
  ['Cameroon', 'Yaoundé', 'Cameroonian', 'the Far North region'],
  ['Egypt', 'Cairo', 'Egyptian', 'Upper Egypt'],
  ['Mozambique', 'Maputo', 'Mozambican', 'Cabo Delgado'],
] as const;

const INDIA_PLACES = [
  ['India', 'New Delhi', 'Indian', 'Delhi'],
  ['India', 'Mumbai', 'Indian', 'Maharashtra'],
  ['India', 'Bengaluru', 'Indian', 'Karnataka'],
  ['India', 'Chennai', 'Indian', 'Tamil Nadu'],
  ['India', 'Kolkata', 'Indian', 'West Bengal'],
  ['India', 'Hyderabad', 'Indian', 'Telangana'],
  ['India', 'Ahmedabad', 'Indian', 'Gujarat'],
  ['India', 'Jaipur', 'Indian', 'Rajasthan'],
  ['India', 'Lucknow', 'Indian', 'Uttar Pradesh'],
  ['India', 'Kochi', 'Indian', 'Kerala'],
  ['India', 'Pune', 'Indian', 'Maharashtra'],
  ['India', 'Bhubaneswar', 'Indian', 'Odisha'],
] as const;

const int = (min: number, max: number) => (r: Random) => String(r.int(min, max));
const money = (r: Random) => (r.chance(0.7) ? `$${r.int(2, 95)}bn` : `$${r.int(120, 950)}m`);
const pct = (r: Random) => (r.chance(0.5) ? String(r.int(2, 35)) : r.float(0.5, 12).toFixed(1));

const COMMON_POOLS: Pools = {
  count: int(3, 48),
  hours: int(6, 19),
  pct,
  money,
  rate: (r) =>
    r
      .float(4, 21)
      .toFixed(r.chance(0.5) ? 1 : 2)
      .replace(/\.?0+$/, ''),
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  month: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  year: int(2027, 2035),
  think: [
    'the Institute for Strategic Dialogue and Development',
    'the Eurasian Policy Forum',
    'the Centre for Global Economic Studies',
    'the Valdai-Meridian Analytical Group',
    'the Southern Research Council',
    'the Geneva Centre for Regional Security',
    'the Horizon Economics Institute',
    'the Atlantic-Pacific Policy Lab',
  ],
  outlet: [
    'state broadcaster',
    'local media',
    'the country’s largest newspaper',
    'a government statement',
    'the official news agency',
    'regional outlets',
  ],
  weather: ['heavy rain', 'a heatwave', 'snowstorms', 'thick fog', 'gale-force winds', 'flash floods'],
};

const WORLD: SectionGrammar = {
  places: WORLD_PLACES,
  headlines: [
    [
      '{Country} and {country2} agree to {deal} after {hours}-hour talks in {city}',
      'Negotiators from {country} and {country2} said the deal on {issue} was a first step, though key questions remain unresolved.',
    ],
    [
      '{Demonym} foreign minister warns of "{warning}" over {issue}',
      'The minister said {country} would not stand by as the row over {issue} with {country2} escalated.',
    ],
    [
      'Thousands rally in {city} as row over {issue} deepens',
      'Protesters filled central {city} on {weekday}, demanding the government change course on {issue}.',
    ],
    [
      '{Country} recalls ambassador from {country2} in dispute over {issue}',
      'The move marks the lowest point in relations between the two countries in more than a decade.',
    ],
    [
      'UN envoy urges {deal} as tensions rise in {region}',
      'The envoy said talks involving {country} and {country2} were the only way to prevent a wider crisis in {region}.',
    ],
    [
      '{Country} to hold snap election after coalition collapses over {issue}',
      'The governing coalition fell apart after junior partners refused to back the government’s position on {issue}.',
    ],
    [
      '{Demonym} parliament approves {policy} despite protests in {city}',
      'Lawmakers passed the measure by a narrow margin. Critics say it was rushed through without proper debate.',
    ],
    [
      '{Count} killed as {disaster} hits {area} in {country}',
      'Rescue teams are searching for survivors in {area}, where {disaster} has destroyed homes and cut power to thousands.',
    ],
    [
      'Talks on {issue} in {city} end without agreement, mediators say',
      'Delegations from {country} and {country2} left {city} with no date set for a new round of negotiations.',
    ],
    [
      '{Country} expels {count} {demonym2} diplomats amid {issue} row',
      '{Country} gave the diplomats 72 hours to leave. {Country2} has promised a "proportionate response".',
    ],
    [
      'Summit in {city}: leaders pledge {pledge} on {issue}',
      'Leaders from across {region} gathered in {city} for two days of talks dominated by {issue}.',
    ],
    [
      '{Demonym} opposition calls for {protestAction} over {issue}',
      'Opposition leaders in {country} accuse the government of mishandling {issue} and ignoring public anger.',
    ],
    [
      'How the dispute over {issue} is redrawing alliances in {region}',
      'As {country} and {country2} trade accusations, neighbours are being forced to pick sides.',
    ],
    [
      '{Country} offers to mediate between {country2} and its neighbours on {issue}',
      'Officials in {city} say they have the trust of both sides and could host talks within weeks.',
    ],
    [
      'Ceasefire in {region} holds for {count} days, monitors report',
      'Observers said violations had fallen sharply, but warned that the truce remained fragile.',
    ],
  ],
  sentences: [
    'Officials in {city} said the talks with {country2} had been "frank but constructive".',
    'The dispute over {issue} has simmered for years, but flared again this {month}.',
    '{Country} has repeatedly accused {country2} of ignoring its security concerns.',
    'Diplomats familiar with the negotiations said the two sides remained far apart on {issue}.',
    'According to {outlet}, at least {count} people were detained during the protests.',
    'Analysts at {think} say the crisis could reshape the balance of power in {region}.',
    'The foreign ministry in {city} said it would "take all necessary measures" to protect national interests.',
    'Western capitals have so far responded cautiously, calling for restraint on all sides.',
    'Polls suggest that a majority of {demonym} voters support a tougher line on {issue}.',
    'The last round of talks collapsed in {month} after a dispute over the wording of a joint statement.',
    'Regional leaders are expected to discuss the issue again at a summit later this year.',
    '{Country2} dismissed the accusations as "groundless" and "politically motivated".',
    'Aid agencies warned that thousands of families in {area} still lack clean water and shelter.',
    'The government has come under growing pressure at home over its handling of {issue}.',
    'Neither side has published the full text of the draft agreement.',
    'Observers noted that turnout at the rally in {city} was the largest in years.',
  ],
  quotes: [
    'We are ready for dialogue, but not at the expense of our sovereignty.',
    'Nobody in {region} benefits from escalation. The only path forward is negotiation.',
    'What we are seeing is the result of years of broken promises on {issue}.',
    'The agreement is not perfect, but it is far better than the alternative.',
    'Ordinary people in {area} are paying the price for decisions taken far away.',
    'This is a moment for cool heads, not for grandstanding.',
  ],
  headings: [
    'What happens next',
    'A long-running dispute',
    'Reaction from {country2}',
    'Pressure at home',
    'The view from {city}',
    'Why {issue} matters',
  ],
  listItems: [
    'Talks between {country} and {country2} resumed in {month}',
    'At least {count} people have been detained',
    'The next round of negotiations is expected in {city}',
    'Aid groups say {area} needs urgent help',
    'Opposition parties demand a parliamentary inquiry',
    'Regional leaders are due to meet later this year',
  ],
  roles: [
    'deputy foreign minister of {country}',
    'senior fellow at {think}',
    'UN humanitarian coordinator',
    'spokesperson for the {demonym} government',
    'political analyst',
    'opposition lawmaker in {country}',
  ],
  pools: {
    deal: [
      'a ceasefire framework',
      'a prisoner exchange',
      'a border demarcation roadmap',
      'a grain corridor extension',
      'a humanitarian pause',
      'a visa-free travel pilot',
      'a water-sharing accord',
      'a joint security commission',
      'new confidence-building measures',
    ],
    issue: [
      'border security',
      'fishing rights',
      'migration quotas',
      'energy transit',
      'election monitoring',
      'a disputed pipeline route',
      'refugee returns',
      'arms shipments',
      'water rights',
      'visa rules',
      'port access',
      'a new sanctions package',
      'minority language rights',
      'airspace violations',
    ],
    warning: [
      'dangerous escalation',
      'a new cold war',
      'irreversible consequences',
      'a humanitarian catastrophe',
      'a diplomatic dead end',
      'a point of no return',
    ],
    policy: [
      'a sweeping migration law',
      'a record defence budget',
      'an emergency energy package',
      'constitutional reforms',
      'a foreign-agents bill',
      'a digital services tax',
      'a media regulation bill',
      'pension reform',
    ],
    region: [
      'the Middle East',
      'the Sahel',
      'the South Caucasus',
      'Southeast Asia',
      'the Balkans',
      'Central Asia',
      'Latin America',
      'the Horn of Africa',
      'the Baltic region',
      'the Eastern Mediterranean',
      'the Gulf',
    ],
    disaster: ['flooding', 'a powerful earthquake', 'wildfires', 'a tropical storm', 'landslides', 'a deadly heatwave'],
    pledge: [
      'joint action',
      'closer coordination',
      'a common framework',
      'an independent inquiry',
      'new funding',
      'a regional task force',
    ],
    protestAction: [
      'a general strike',
      'early elections',
      'a no-confidence vote',
      'nationwide protests',
      'the minister’s resignation',
      'a referendum',
    ],
  },
};

const RUSSIA: SectionGrammar = {
  places: RUSSIA_PLACES,
  headlines: [
    [
      'Russia and {country2} sign {ruDeal} in {city}',
      'The agreement, signed on {weekday}, is expected to boost bilateral trade, officials in both countries said.',
    ],
    [
      '{City} unveils {project} as {area} bets on {sector}',
      'Regional authorities say the {money} project will create thousands of jobs in {area}.',
    ],
    [
      'Russian Foreign Ministry slams {country2} over {issue}',
      'The ministry said the move by {country2} was "unfriendly" and warned of a response.',
    ],
    [
      'Northern Sea Route cargo hits record {count} million tonnes',
      'Traffic along the Arctic route has grown steadily as exporters look for faster routes to Asian markets.',
    ],
    [
      'Russia’s {sector} output up {pct}% in {month}, statistics agency says',
      'The figures beat analysts’ forecasts and point to continued growth in {sector} despite Western sanctions.',
    ],
    [
      'Russian grain exports to {country2} surge {pct}% on new {logistics}',
      'Exporters say new routes have cut delivery times and costs for buyers in {country2}.',
    ],
    [
      '{Weather} disrupts transport in {city}',
      'Flights were delayed and several roads closed as {weather} swept across {area}.',
    ],
    [
      'State Duma backs bill on {ruBill} in first reading',
      'Supporters say the bill will strengthen {ruBillGoal}; critics argue it needs more work before the final vote.',
    ],
    [
      'Scientists in {city} unveil {invention}',
      'Researchers say the technology could enter mass production within {small} years.',
    ],
    [
      'Moscow warns {country2} against {issue}',
      'Russian diplomats said any move on {issue} would have consequences for relations with {country2}.',
    ],
    [
      'New {infra} to cut travel time between {city} and {city2} by {pct}%',
      'Construction is due to begin next year, with the first section opening by {year}.',
    ],
    [
      '{City} hosts {forum} as delegations from {count} countries arrive',
      'Organisers said the forum would focus on {sector} and cooperation with partners in Asia and Africa.',
    ],
    [
      'Russian central bank {cbAction}',
      'The regulator said it was watching inflation expectations and the ruble closely.',
    ],
    [
      'Rare {animal} spotted near {city} for first time in decades',
      'Conservationists in {area} said the sighting was a sign that protection efforts were working.',
    ],
  ],
  sentences: [
    'Officials in {city} said the project would be financed jointly by federal and regional budgets.',
    'Trade between Russia and {country2} has grown by {pct}% over the past year, according to customs data.',
    'The Foreign Ministry in Moscow accused {country2} of "following instructions from Washington and Brussels".',
    'Residents of {area} have long complained about poor transport links with the rest of the country.',
    'The government has set a goal of doubling {sector} exports by {year}.',
    'Western sanctions have forced many Russian companies to rebuild supply chains through Asia.',
    'Economists at {think} expect growth in {area} to outpace the national average this year.',
    'The governor of {area} said the first stage would be completed ahead of schedule.',
    'Several companies from {country2} have already expressed interest in the scheme.',
    'The ruble was little changed on the news, trading in a narrow range against the yuan.',
    'Local media in {city} reported long queues at the opening of the new facility.',
    'The ministry said the measures would not affect ordinary travellers.',
    'According to the statistics agency, real wages rose for the {small}th consecutive quarter.',
    'Engineers from {city} worked with partners in {country2} on the design.',
  ],
  quotes: [
    'We have shown that we can build new partnerships when old ones are closed to us.',
    'For {area}, this is the biggest investment in a generation.',
    'Our colleagues in {country2} should think carefully about where this path leads.',
    'The numbers speak for themselves: demand from Asia keeps growing.',
    'This is not about politics. It is about jobs and roads for people in {area}.',
  ],
  headings: [
    'A pivot to the East',
    'What it means for {area}',
    'The sanctions factor',
    'Building from scratch',
    'Reaction in {city}',
  ],
  listItems: [
    'The project is worth an estimated {money}',
    'First phase to be completed by {year}',
    'Partners from {country2} will supply equipment',
    'Around {count} thousand jobs are expected to be created',
    'Exports to Asia have risen {pct}% this year',
  ],
  roles: [
    'governor of {area}',
    'deputy minister for economic development',
    'economist at {think}',
    'head of the {city} chamber of commerce',
    'Russian Foreign Ministry spokesperson',
    'professor at {city} State University',
  ],
  pools: {
    country2: [
      'China',
      'India',
      'Turkey',
      'Iran',
      'Egypt',
      'Vietnam',
      'Indonesia',
      'Brazil',
      'the United Arab Emirates',
      'Kazakhstan',
      'Serbia',
      'Finland',
      'Germany',
      'Japan',
      'Mongolia',
      'Algeria',
    ],
    ruDeal: [
      'a nuclear power cooperation deal',
      'a long-term LNG supply deal',
      'a free-trade roadmap',
      'a payments agreement in national currencies',
      'a railway cooperation memorandum',
      'a fertiliser supply contract',
      'an agreement on Arctic shipping',
    ],
    project: [
      'a deep-water port',
      'a new airport terminal',
      'a semiconductor plant',
      'a high-speed rail hub',
      'a shipbuilding yard',
      'a data centre campus',
      'a science city',
    ],
    sector: [
      'tourism',
      'shipbuilding',
      'agriculture',
      'machine building',
      'IT services',
      'fertilisers',
      'aviation',
      'steel',
      'timber processing',
    ],
    issue: [
      'arms deliveries',
      'asset seizures',
      'closing its airspace',
      'new sanctions',
      'expelling journalists',
      'military exercises near the border',
      'banning Russian media',
    ],
    logistics: ['rail corridors', 'port terminals', 'Caspian shipping routes', 'payment channels'],
    ruBill: [
      'digital platforms',
      'migrant labour',
      'Arctic development',
      'cryptocurrency mining',
      'short-term rentals',
      'domestic tourism',
      'the protection of personal data',
    ],
    ruBillGoal: ['consumer protection', 'regional economies', 'national security', 'transparency'],
    invention: [
      'a new cold-resistant battery',
      'a drone for Arctic search and rescue',
      'an AI system to detect forest fires',
      'a cheaper insulin production method',
      'a hydrogen-powered locomotive',
      'a compact nuclear reactor design',
    ],
    infra: ['high-speed railway', 'motorway', 'bridge', 'regional air route', 'ferry line'],
    city2: [
      'Moscow',
      'Kazan',
      'Yekaterinburg',
      'Chelyabinsk',
      'Samara',
      'Rostov-on-Don',
      'Perm',
      'Omsk',
      'Tomsk',
      'Tyumen',
    ],
    forum: [
      'an international economic forum',
      'a BRICS youth summit',
      'an Arctic development conference',
      'a shipbuilding expo',
      'a technology fair',
    ],
    cbAction: [
      'holds key rate, signals cuts ahead',
      'raises key rate by 100 basis points',
      'cuts key rate for first time this year',
      'keeps key rate on hold as inflation slows',
    ],
    animal: ['Amur tiger', 'snow leopard', 'Far Eastern leopard', 'polar bear', 'Siberian crane', 'wolverine'],
    small: int(3, 7),
  },
};

const BUSINESS: SectionGrammar = {
  places: WORLD_PLACES,
  headlines: [
    [
      '{Commodity} prices {move} {pct}% as {driver}',
      'Traders said {driver} had shifted sentiment, with volumes well above average on {weekday}.',
    ],
    [
      '{Demonym} central bank raises key rate to {rate}% as inflation bites',
      'The bank said price growth in {country} remained too high and further tightening was possible.',
    ],
    [
      '{Demonym} central bank unexpectedly cuts rates to {rate}%',
      'Most economists had expected the bank to hold. The {demonym} currency weakened on the news.',
    ],
    [
      '{Company} posts {pct}% jump in quarterly profit on {profitDriver}',
      'The company said {profitDriver} had more than offset higher costs, and raised its full-year outlook.',
    ],
    [
      '{Company} to cut {count}00 jobs as demand for {product} slumps',
      'Unions in {country} criticised the decision and said they would fight the cuts.',
    ],
    [
      '{Country} and {country2} agree to settle trade in national currencies',
      'The deal is the latest step by emerging economies to reduce their reliance on the US dollar.',
    ],
    [
      'Inflation in {country} {inflMove} to {rate}% in {month}',
      'Food and energy prices were the main drivers, the statistics office in {city} said.',
    ],
    [
      '{Company} eyes {money} listing in {city}',
      'People familiar with the plans said the listing could come as early as {month}.',
    ],
    ['OPEC+ output decision sends {commodity} {move2}', 'Producers agreed to {opecAction}, surprising some analysts.'],
    [
      'BRICS bank backs {money} {infraProject} in {country}',
      'The loan is one of the largest the lender has approved this year.',
    ],
    [
      '{Company} shares {move} after {event}',
      'Investors reacted sharply to {event}, with the stock seeing its biggest one-day move in months.',
    ],
    [
      '{Demonym} exporters pivot to Asian markets as {headwind} bites',
      'Companies in {country} say {headwind} has forced them to look for new buyers further east.',
    ],
    [
      'Why {commodity} traders are watching {city} this week',
      'A decision expected in {city} could move prices for {commodity} well beyond {country}.',
    ],
    [
      '{Country} slaps {pct}% tariff on imports of {product} from {country2}',
      'Officials in {city} said the tariff would protect domestic producers; {country2} said it would respond.',
    ],
  ],
  sentences: [
    'Benchmark {commodity} futures were {pct}% higher by the close in {city}.',
    'Analysts at {think} said the market had been caught off guard.',
    'The company’s chief executive told investors that demand in Asia remained strong.',
    'Inflation in {country} has stayed above the central bank’s target for {small} consecutive months.',
    '{Company} said it would invest {money} in new capacity over the next five years.',
    'Shipping costs on key routes have risen sharply since the start of the year.',
    'Some economists warned that higher borrowing costs could tip the economy into recession.',
    'Trade between {country} and {country2} reached a record {money} last year.',
    'The {demonym} currency has lost around {pct}% of its value against the dollar this year.',
    'Energy-intensive industries in Europe have been among the hardest hit.',
    'The figures will be closely watched by policymakers ahead of next month’s meeting.',
    'Several large buyers in {country2} are reported to be renegotiating their contracts.',
    'The deal still needs approval from regulators in {country} and {country2}.',
    'Investors have been moving money into gold and short-term government bonds.',
    'Retail sales in {country} fell for the second month in a row.',
  ],
  quotes: [
    'The market is pricing in a lot of bad news, perhaps too much.',
    'We see strong demand from Asia and the Middle East, and we are investing accordingly.',
    'Sanctions have not stopped trade; they have simply changed where it goes.',
    'Households are feeling the squeeze, and that will show up in spending.',
    'Nobody wants to be the last one holding dollars when the music stops.',
    'Our priority is to bring inflation back to target, whatever it takes.',
  ],
  headings: [
    'Market reaction',
    'What the numbers show',
    'The bigger picture',
    'Winners and losers',
    'What analysts expect',
  ],
  listItems: [
    '{Commodity} is up {pct}% since January',
    'The central bank meets again in {month}',
    '{Company} employs more than {count},000 people',
    'Trade with {country2} hit a record {money}',
    'Analysts expect growth of {pct}% next year',
  ],
  roles: [
    'chief economist at {think}',
    'commodities strategist',
    'chief executive of {company}',
    'governor of the {demonym} central bank',
    'portfolio manager',
    'head of research at a {city} brokerage',
  ],
  pools: {
    commodity: [
      'Brent crude',
      'natural gas',
      'wheat',
      'copper',
      'gold',
      'aluminium',
      'palm oil',
      'coal',
      'nickel',
      'LNG',
      'cocoa',
      'coffee',
    ],
    move: ['jump', 'slide', 'climb', 'tumble', 'rise', 'fall', 'surge', 'drop'],
    move2: ['higher', 'lower', 'sharply higher', 'to a three-month low', 'to a yearly high', 'into a tailspin'],
    driver: [
      'supply fears grow',
      'demand from China picks up',
      'the dollar weakens',
      'stockpiles swell',
      'shipping disruption spreads',
      'OPEC+ signals output cuts',
      'new sanctions loom',
      'a cold snap hits Europe',
    ],
    company: [
      'Northstar Petroleum',
      'Halvorsen Shipping',
      'Meridian Metals',
      'Aurora Freight',
      'Caspian Fertiliser Group',
      'Baltic Timber Holdings',
      'Sundara Textiles',
      'Orinoco Power',
      'Kestrel Airlines',
      'Vantara Telecom',
      'Silverline Bank',
      'Tundra Mining',
      'Pacifica Motors',
      'Helios Solar',
    ],
    profitDriver: [
      'higher oil prices',
      'strong demand in Asia',
      'cost cuts',
      'a rebound in air travel',
      'record refining margins',
      'growth in digital services',
    ],
    product: [
      'steel',
      'electric vehicles',
      'consumer electronics',
      'solar panels',
      'fertiliser',
      'furniture',
      'textiles',
      'aluminium',
    ],
    inflMove: ['slows', 'accelerates', 'eases', 'jumps', 'edges up', 'falls'],
    opecAction: [
      'extend voluntary cuts into next quarter',
      'raise output gradually',
      'keep production unchanged',
      'deepen cuts by 500,000 barrels a day',
    ],
    infraProject: [
      'railway upgrade',
      'solar power plant',
      'port expansion',
      'water supply project',
      'grid modernisation scheme',
    ],
    event: [
      'a profit warning',
      'a takeover approach',
      'a surprise chief executive exit',
      'a record dividend announcement',
      'a regulatory probe',
    ],
    headwind: [
      'Western sanctions',
      'a strong currency',
      'higher tariffs',
      'weak European demand',
      'soaring freight costs',
    ],
    small: int(3, 11),
  },
};

const OPED: SectionGrammar = {
  places: WORLD_PLACES,
  headlines: [
    [
      'The {adj} truth about {topic}',
      'Politicians prefer not to talk about it, but {topic} is changing faster than anyone in Washington or Brussels admits.',
    ],
    [
      'Why {topic} will define the next decade',
      'From {city} to Beijing, {topic} is becoming the organising question of international politics.',
    ],
    [
      'What {country} gets wrong about {topic}',
      '{Country}’s leaders keep repeating the same mistakes on {topic}. The cost is rising.',
    ],
    [
      '{Topic} is a test the West keeps failing',
      'Each new crisis shows the same pattern: grand promises, little follow-through and a widening credibility gap.',
    ],
    [
      'Forget the headlines: {topic} is the real story',
      'While the news cycle obsesses over personalities, {topic} is quietly reshaping the world.',
    ],
    [
      '{Country} should rethink its approach to {topic}',
      'A policy designed for a different era is no longer serving {country}’s interests.',
    ],
    ['Who really benefits from {topic}?', 'Follow the money, and a very different picture emerges.'],
    [
      'Lessons from {city}: {topic} after the {event}',
      'The {event} in {city} should be a wake-up call for anyone who cares about {topic}.',
    ],
    ['The {adj} myth of {topic}', 'It is one of the most repeated claims in Western commentary. It is also wrong.'],
    [
      '{Topic}: a {count}-year experiment that failed',
      'The evidence is in, and it does not flatter those who designed the policy.',
    ],
    ['In defence of {topic}', 'It has become fashionable to dismiss {topic}. That is a mistake.'],
    [
      'The {adj} return of {topic}',
      'Few predicted it a decade ago, but {topic} is back at the centre of global politics.',
    ],
  ],
  sentences: [
    'For years, policymakers in the West assumed that {topic} would take care of itself.',
    'That assumption now looks naive at best.',
    'The view from {city} is strikingly different from the one in London or Washington.',
    'Consider the numbers: trade between the global South and the rest of the world has shifted dramatically.',
    'None of this is to say that the alternative is without risks.',
    'History offers few examples of an established power adapting gracefully to a new order.',
    'Critics will say this is wishful thinking. They said the same about {topic} a decade ago.',
    'The real question is not whether the world is changing, but who will write the new rules.',
    'Ordinary people are rarely consulted on decisions about {topic}, yet they bear most of the costs.',
    'It is worth recalling how confident the experts were just a few years ago.',
    'There is a simpler explanation, and it is not a flattering one.',
    'In private, many diplomats acknowledge as much.',
    '{Country} has been here before, and the lessons of that period are worth revisiting.',
    'If this sounds familiar, it should.',
  ],
  quotes: [
    'The world is not becoming more dangerous; it is becoming less Western, and some find that hard to accept.',
    'Sanctions are a policy of hope dressed up as a policy of strength.',
    'You cannot lecture the rest of the world and expect it to follow.',
    'Every empire believes it is the exception. None of them are.',
  ],
  headings: [
    'A familiar pattern',
    'The numbers do not lie',
    'What should change',
    'The view from the South',
    'A better way',
  ],
  listItems: [
    'Stop treating {topic} as a short-term problem',
    'Listen to partners outside the Western club',
    'Measure results, not intentions',
    'Accept that the rules are being rewritten',
  ],
  roles: [
    'former diplomat',
    'professor of international relations',
    'senior fellow at {think}',
    'author of a book on {topic}',
  ],
  pools: {
    adj: ['uncomfortable', 'inconvenient', 'quiet', 'surprising', 'uncomfortable', 'forgotten', 'stubborn', 'strange'],
    topic: [
      'sanctions',
      'the energy transition',
      'multipolarity',
      'dollar dominance',
      'AI regulation',
      'food security',
      'migration policy',
      'the arms race',
      'de-dollarisation',
      'the global South',
      'NATO expansion',
      'trade wars',
      'climate finance',
      'Arctic shipping',
      'BRICS expansion',
      'media freedom',
      'nuclear deterrence',
      'globalisation',
    ],
    event: ['summit', 'elections', 'protests', 'financial crash', 'blackout', 'ceasefire'],
  },
};

const SPORT: SectionGrammar = {
  places: WORLD_PLACES,
  headlines: [
    [
      '{Club} beat {club2} {score} to go top of the table',
      '{Player} scored the decisive goal as {club} moved {small} points clear at the summit.',
    ],
    [
      '{Player} hat-trick sinks {club2} in {city}',
      'The {demonym} forward scored three times in front of a sell-out crowd.',
    ],
    [
      '{Club} sack manager after {small}-game winless run',
      'The club said it would announce a replacement "in due course". Fans had protested outside the stadium on {weekday}.',
    ],
    [
      '{Player} sets new {discipline} record in {city}',
      'The {demonym} athlete shaved {tenths} seconds off the previous mark.',
    ],
    [
      '{Country} name squad for {tournament}',
      'The head coach has included {small} uncapped players, with {player} returning from injury.',
    ],
    [
      '{Club} agree €{fee}m deal for {demonym} striker {player}',
      'The {age}-year-old is expected to undergo a medical in the coming days.',
    ],
    [
      'Late drama as {club} snatch {draw} draw with {club2}',
      'A stoppage-time equaliser denied {club2} a first win in {small} matches.',
    ],
    [
      '{Player} withdraws from {tournament} with {injury} injury',
      'The {demonym} star is expected to miss at least {small} weeks, the team said.',
    ],
    [
      '{City} to host {tournament} final, organisers confirm',
      'Organisers said {city} had beaten bids from {count} other cities.',
    ],
    [
      '{Demonym} boxer {player} retains title with {round}th-round stoppage',
      'The champion remained unbeaten after a dominant display in {city}.',
    ],
    [
      '{Player} reaches {tournamentRound} in {city} after {sets}-set battle',
      'The {demonym} player saved {small} match points before prevailing.',
    ],
    [
      '{Club} fined after crowd trouble in {city}',
      'The disciplinary panel also ordered a partial stadium closure for the next home match.',
    ],
  ],
  sentences: [
    '{Player} opened the scoring midway through the first half with a low shot into the corner.',
    'The visitors pressed hard after the break but could not find an equaliser.',
    'It was a performance that will give the coach plenty to think about before the next match.',
    'The crowd of more than {count},000 in {city} rose to its feet at the final whistle.',
    '{Club} have now won {small} of their last {ten} matches in all competitions.',
    'Injuries have left the squad stretched ahead of a busy run of fixtures.',
    'The result leaves {club2} {small} points adrift with {ten} games to play.',
    'Supporters have been critical of the club’s transfer policy this season.',
    'The {demonym} federation said it was proud of the team’s progress.',
    'Tickets for the next fixture sold out within hours.',
    'The manager refused to blame the referee, saying his side had "made too many mistakes".',
    'Analysts have tipped {player} as one of the breakout talents of the season.',
  ],
  quotes: [
    'We showed real character today. Nobody gave up.',
    'It is only one game. We have to stay humble and keep working.',
    'I dreamed about this moment as a kid in {city}.',
    'The fans were incredible. They carried us in the last twenty minutes.',
    'We did not deserve to lose, but football is like that sometimes.',
  ],
  headings: ['Turning point', 'Key moments', 'What the result means', 'Looking ahead', 'Player ratings'],
  listItems: [
    '{Player} has scored {small} goals this season',
    '{Club} are unbeaten in {ten} home games',
    'The next fixture is on {weekday}',
    'Attendance: {count},000',
  ],
  roles: [
    'head coach of {club}',
    'captain of {club}',
    'former international',
    'sporting director of {club}',
    'president of the {demonym} federation',
  ],
  pools: {
    club: [
      'Riverside Athletic',
      'Dynamo Severny',
      'Kingsport United',
      'Real Castellana',
      'Sporting Almada',
      'Volga Stars',
      'Olympia Harbour',
      'Atlético Montaña',
      'Northgate Rovers',
      'Lokomotiv Taiga',
      'Union Sankt Lorenz',
      'Eastbridge City',
      'Inter Lagunare',
      'Zenith Baltica',
    ],
    club2: [
      'Westfield Wanderers',
      'Dinamo Ural',
      'Portvale Rangers',
      'Racing Solano',
      'Borussia Altmark',
      'Spartak Amurskiy',
      'Corvo Calcio',
      'AC Marenzo',
      'Highmoor Town',
      'Vitória do Cerrado',
      'Red Star Danubia',
    ],
    player: (r) => `${r.pick(FIRST)} ${r.pick(LAST)}`,
    score: (r) => `${r.int(1, 5)}-${r.int(0, 1)}`,
    draw: (r) => {
      const n = r.int(1, 3);
      return `${n}-${n}`;
    },
    discipline: [
      '100m',
      '400m hurdles',
      'pole vault',
      'long jump',
      '1,500m',
      'marathon',
      'triple jump',
      'shot put',
      'swimming 200m butterfly',
    ],
    tenths: (r) => r.float(0.03, 0.9).toFixed(2),
    tournament: [
      'the World Cup qualifiers',
      'the Continental Cup',
      'the Nations League',
      'the Champions Cup',
      'the world championships',
      'the Asian Games',
      'the Summer Games',
    ],
    tournamentRound: ['the quarter-finals', 'the semi-finals', 'the final', 'the fourth round'],
    sets: ['five', 'three', 'four'],
    fee: int(12, 95),
    age: int(19, 31),
    injury: ['hamstring', 'knee', 'ankle', 'shoulder', 'back', 'groin'],
    round: int(4, 11),
    small: int(2, 9),
    ten: int(10, 16),
  },
};

const SCIENCE: SectionGrammar = {
  places: WORLD_PLACES,
  headlines: [
    [
      '{Agency} launches {mission} to study {target}',
      'The spacecraft lifted off on {weekday} and is expected to reach {target} in {small} years.',
    ],
    [
      'Scientists in {city} develop {invention} that could {benefit}',
      'The team at {lab} said the technique could be ready for trials within {small} years.',
    ],
    [
      'New AI model from {lab} {aiFeat}',
      'Researchers say the system {aiFeat} while using a fraction of the computing power of rival models.',
    ],
    [
      '{Lab} unveils {chip} chip, claims {pct}% efficiency gain',
      'The company said mass production would start in {month} at a plant near {city}.',
    ],
    [
      'Astronomers spot {spaceFind} {distance} light years away',
      'The discovery, made with a telescope in {area}, could help explain how {spaceTopic} formed.',
    ],
    ['Study finds {finding}', 'Researchers at {lab} analysed data from more than {count},000 people over a decade.'],
    [
      '{Country} approves law to regulate {techArea}',
      'The law, passed in {city} on {weekday}, will come into force next year.',
    ],
    [
      '{Agency} delays {mission} launch over {techIssue}',
      'Engineers need more time to resolve {techIssue}, the agency said in a statement.',
    ],
    [
      'Quantum computer built in {city} solves {qTask} in {small} minutes',
      'A classical supercomputer would have needed thousands of years for the same task, the team claims.',
    ],
    ['Researchers warn {warning}', 'A new report from {lab} says governments are not prepared for the consequences.'],
    [
      '{Lab} team sequences genome of {organism}',
      'The work could help scientists understand how {organism} adapted to extreme conditions.',
    ],
  ],
  sentences: [
    'The findings were published this week in a peer-reviewed journal.',
    'Researchers at {lab} said the results had surprised even the team itself.',
    'Independent experts cautioned that the work still needs to be replicated.',
    'The project received {money} in public funding over five years.',
    'Similar experiments have been attempted before, with mixed results.',
    'The team plans to share its data openly with other research groups.',
    'Engineers ran more than {count} tests before the final design was approved.',
    'The technology could have applications in medicine, energy and transport.',
    'Competition in the field has intensified as China, India and Russia expand their programmes.',
    'Critics argue that regulation is lagging far behind the pace of development.',
    'The mission will carry {small} scientific instruments built by teams from several countries.',
    'Data from the first phase is expected to be released in {month}.',
  ],
  quotes: [
    'This is the kind of result you hope to see once in a career.',
    'We are only beginning to understand what is possible.',
    'The technology is impressive, but we need rules before it is everywhere.',
    'Science is a marathon, not a sprint. This is an important step.',
  ],
  headings: ['How it works', 'What comes next', 'A crowded field', 'The caveats', 'Why it matters'],
  listItems: [
    'Funding: {money} over five years',
    'Team of {count} researchers',
    'First results expected in {month}',
    'Partners in {country2} and {country}',
  ],
  roles: [
    'lead author of the study',
    'professor at {lab}',
    'chief engineer at {agency}',
    'independent researcher',
    'director of {lab}',
  ],
  pools: {
    agency: [
      'the Eurasian Space Agency',
      'the Pan-African Space Consortium',
      'the Nordic Orbital Institute',
      'the Southern Cross Space Agency',
      'the Indian Space Research Organisation',
      'Roscosmos',
      'the Andean Space Commission',
    ],
    mission: [
      'a lunar lander',
      'an orbital telescope',
      'a Mars orbiter',
      'an asteroid probe',
      'a solar observatory',
      'a crewed orbital flight',
      'a Venus atmospheric probe',
    ],
    target: [
      'the Moon’s south pole',
      'Mars',
      'a near-Earth asteroid',
      'the Sun’s corona',
      'Jupiter’s icy moons',
      'Venus',
    ],
    lab: [
      'the Institute of Applied Photonics',
      'the Karelia Institute of Technology',
      'Lumen Labs',
      'the Meridian Genomics Centre',
      'Quanta Systems',
      'the Zhukov Institute of Physics',
      'Deepfield AI',
      'the Northern Polytechnic University',
      'Sable Robotics',
    ],
    invention: [
      'a biodegradable battery',
      'a low-cost water purifier',
      'a blood test for early cancer detection',
      'a self-healing concrete',
      'a solar cell made from perovskite',
      'an ultra-light prosthetic hand',
      'a new antibiotic compound',
    ],
    benefit: [
      'cut energy bills',
      'save millions of lives',
      'transform farming',
      'make electric cars cheaper',
      'speed up diagnosis',
      'clean polluted rivers',
    ],
    aiFeat: [
      'translates 200 languages in real time',
      'predicts protein structures in seconds',
      'writes working code from sketches',
      'detects crop disease from satellite images',
      'forecasts floods days in advance',
      'beats doctors at reading X-rays',
    ],
    chip: ['a 2-nanometre', 'an AI accelerator', 'a photonic', 'a neuromorphic', 'a RISC-V server'],
    spaceFind: [
      'an Earth-sized planet',
      'a rogue black hole',
      'a water-rich exoplanet',
      'the most distant galaxy yet',
      'a rare binary star system',
    ],
    spaceTopic: ['planets', 'galaxies', 'early stars', 'black holes'],
    distance: (r) => (r.chance(0.5) ? String(r.int(12, 900)) : `${r.int(2, 13)} billion`),
    finding: [
      'walking 20 minutes a day cuts heart risk by a third',
      'microplastics are present in most drinking water samples',
      'night-shift work disrupts gut bacteria',
      'forests absorb less carbon during heatwaves',
      'children who read daily sleep better',
      'urban noise raises stress hormone levels',
    ],
    techArea: [
      'artificial intelligence',
      'facial recognition',
      'cryptocurrencies',
      'social media algorithms',
      'autonomous vehicles',
      'drones',
    ],
    techIssue: ['a fuel leak', 'a software glitch', 'an engine anomaly', 'a faulty heat shield', 'bad weather'],
    qTask: ['a molecular simulation', 'an optimisation problem', 'a sampling benchmark', 'a materials modelling task'],
    warning: [
      'of a global shortage of chip engineers',
      'AI could double data-centre electricity use by {year}',
      'antibiotic resistance is spreading faster than expected',
      'space debris threatens key satellites',
    ],
    organism: [
      'the tardigrade',
      'the Siberian sturgeon',
      'the snow leopard',
      'a deep-sea microbe',
      'the Baikal seal',
      'an Antarctic moss',
    ],
    small: int(2, 9),
    country2: ['China', 'India', 'Russia', 'Brazil', 'South Africa', 'Japan', 'Germany', 'France', 'the UAE'],
  },
};

const AFRICA: SectionGrammar = {
  places: AFRICA_PLACES,
  headlines: [
    [
      '{Country} unveils {money} plan to expand {infra}',
      'Officials in {city} said the plan would connect millions of people in {area} to {infra}.',
    ],
    [
      '{Demonym} farmers count cost of {disaster}',
      'Farmers in {area} say {disaster} has wiped out much of this season’s harvest.',
    ],
    [
      '{Country} and {country2} launch joint {project}',
      'Leaders from both countries attended the launch ceremony in {city} on {weekday}.',
    ],
    [
      '{City} tech start-ups raise record {money} as investors look to Africa',
      'Fintech and agritech companies in {city} attracted most of the money.',
    ],
    [
      'African Union envoy calls for {deal} in {area}',
      'The envoy said regional solutions were needed to end the crisis in {area}.',
    ],
    [
      '{Country} to process {mineral} at home in bid to capture more value',
      'The government in {city} wants to end the export of raw {mineral} within {small} years.',
    ],
    [
      '{Demonym} election: {count} parties register ahead of {month} vote',
      'The electoral commission in {city} said registration had closed without major incidents.',
    ],
    [
      '{City} port volumes up {pct}% as new terminal comes online',
      'Shipping lines say the expansion has cut waiting times at {city} from days to hours.',
    ],
    [
      '{Country} ends {oldPolicy} in push for economic sovereignty',
      'Officials say the decision will give {country} more control over its economy and resources.',
    ],
    [
      '{Country} declares emergency as {disaster} spreads in {area}',
      'Authorities said thousands of people had been displaced and aid was being mobilised.',
    ],
    [
      'Young {demonym} founders bet on {sector} to create jobs',
      'With a median age under 20, {country} needs millions of new jobs every year.',
    ],
  ],
  sentences: [
    'The government in {city} said the plan would be financed partly by development banks and partly by partners in Asia.',
    'More than half of the population of {country} is under the age of 25.',
    'Analysts at {think} said the move reflected a growing desire for economic independence across the continent.',
    'Residents of {area} have long complained of neglect by central authorities.',
    'The African Continental Free Trade Area is expected to boost trade between African countries significantly.',
    'Chinese, Russian, Turkish and Gulf investors have all increased their presence in the region.',
    'Officials in {city} insisted that the timetable was realistic.',
    'Civil society groups called for more transparency in how contracts are awarded.',
    'Electricity shortages remain one of the biggest obstacles to growth in {country}.',
    'The {demonym} currency has stabilised in recent months after a turbulent year.',
    'Aid agencies said they were stepping up operations in {area}.',
    'Mobile money services now reach more than {pct}% of adults in {country}.',
  ],
  quotes: [
    'Africa does not need charity. It needs fair partnerships and investment.',
    'Our young people are our greatest resource. We must give them opportunities at home.',
    'For too long, we exported raw materials and imported finished goods. That era is ending.',
    'The people of {area} deserve peace and development, not promises.',
  ],
  headings: [
    'A continent on the move',
    'The view from {city}',
    'Challenges ahead',
    'Who is paying',
    'What it means for {area}',
  ],
  listItems: [
    'Total investment: {money}',
    'First phase due by {year}',
    'Partners include {country2}',
    '{count} million people to benefit',
  ],
  roles: [
    'minister of finance of {country}',
    'economist at {think}',
    'founder of a {city} start-up',
    'African Union envoy',
    'farmer in {area}',
    'member of parliament in {country}',
  ],
  pools: {
    country2: [
      'Ghana',
      'Kenya',
      'Nigeria',
      'Senegal',
      'Ethiopia',
      'Egypt',
      'Tanzania',
      'Russia',
      'China',
      'Turkey',
      'India',
      'the UAE',
      'Brazil',
    ],
    infra: [
      'the power grid',
      'rural broadband',
      'clean water supply',
      'the rail network',
      'solar mini-grids',
      'road links',
    ],
    disaster: ['drought', 'flooding', 'a locust invasion', 'a cholera outbreak', 'crop disease'],
    project: ['railway project', 'power line', 'border trade zone', 'refinery', 'vaccine plant', 'fibre-optic link'],
    deal: [
      'a ceasefire',
      'inclusive dialogue',
      'a transitional roadmap',
      'humanitarian access',
      'the return of displaced families',
    ],
    mineral: ['lithium', 'cobalt', 'bauxite', 'copper', 'gold', 'manganese', 'cocoa', 'cashew nuts'],
    oldPolicy: [
      'a colonial-era currency arrangement',
      'a foreign mining concession',
      'a long-standing military cooperation deal',
      'raw-mineral exports',
      'fuel subsidies',
    ],
    sector: ['fintech', 'agritech', 'solar energy', 'e-commerce', 'logistics', 'healthtech'],
    small: int(2, 6),
  },
};

const INDIA: SectionGrammar = {
  places: INDIA_PLACES,
  headlines: [
    [
      'India’s {sector} exports rise {pct}% as {driver}',
      'Exporters said {driver} had helped them win new orders in Asia, Africa and Europe.',
    ],
    [
      '{City} metro expansion to add {count} new stations',
      'The {money} project will connect suburbs of {city} that currently rely on congested roads.',
    ],
    [
      '{Area} monsoon {monsoon} disrupts {crop} sowing',
      'Farmers in {area} say the erratic weather has delayed planting by several weeks.',
    ],
    [
      'India and {country2} sign {deal} in New Delhi',
      'The agreement was signed during a two-day visit by a high-level delegation from {country2}.',
    ],
    [
      '{Company} to build {money} {factory} in {area}',
      'The state government said the plant would create thousands of jobs in {area}.',
    ],
    [
      'ISRO readies {mission} for launch from Sriharikota',
      'The mission is part of India’s expanding space programme, which has won praise for its low costs.',
    ],
    [
      '{Player} century powers {team} to victory in {city}',
      'The {age}-year-old batter hit {small} sixes in a match-winning knock.',
    ],
    [
      'Reserve Bank {rbi} as food inflation {inflMove}',
      'The central bank said it would remain vigilant about prices of vegetables and pulses.',
    ],
    [
      '{Area} assembly passes {policy}',
      'The bill passed after a heated debate, with opposition members staging a walkout.',
    ],
    [
      'Indian rupee {rupee} against dollar as {marketDriver}',
      'Dealers in Mumbai said the central bank was likely to intervene to limit volatility.',
    ],
    [
      '{City} start-up {startup} raises {money} to expand across Asia',
      'The company plans to double its workforce in {city} over the next year.',
    ],
  ],
  sentences: [
    'India is now the world’s fastest-growing major economy, according to official estimates.',
    'Officials in {city} said work would begin before the end of the year.',
    'The government has made manufacturing a priority under its industrial policy.',
    'Trade between India and {country2} has risen {pct}% over the past two years.',
    'Farmers’ groups in {area} have called for higher minimum support prices.',
    'Analysts at {think} said the figures pointed to strong domestic demand.',
    'Opposition parties accused the state government of ignoring rural voters.',
    'Traffic congestion costs {city} billions of rupees a year in lost productivity.',
    'India buys a large share of its crude oil from Russia, at discounted prices.',
    'The monsoon provides around 70% of India’s annual rainfall.',
    'Digital payments have grown rapidly in {area}, even in smaller towns.',
    'The project is expected to be completed by {year}.',
  ],
  quotes: [
    'India will make its own choices based on its national interest.',
    'This is a big step for {area}, and for the young people who need jobs here.',
    'Farmers cannot plan when the rains are this unpredictable.',
    'The world is looking to India as a manufacturing partner, and we are ready.',
  ],
  headings: [
    'The bigger picture',
    'What it means for {city}',
    'The monsoon factor',
    'Voices from {area}',
    'Next steps',
  ],
  listItems: [
    'Project cost: {money}',
    'Completion expected by {year}',
    '{count} thousand jobs to be created',
    'Exports up {pct}% year on year',
  ],
  roles: [
    'chief minister’s adviser in {area}',
    'economist at {think}',
    'farmer from {area}',
    'founder of {startup}',
    'Indian foreign ministry spokesperson',
  ],
  pools: {
    sector: [
      'pharmaceutical',
      'smartphone',
      'textile',
      'software services',
      'engineering goods',
      'rice',
      'auto parts',
      'defence equipment',
    ],
    driver: [
      'global demand recovers',
      'new trade deals kick in',
      'production-linked incentives pay off',
      'the rupee weakens',
      'buyers diversify away from China',
    ],
    monsoon: ['delay', 'deficit', 'deluge', 'early onset', 'break'],
    crop: ['rice', 'cotton', 'soybean', 'pulses', 'sugarcane', 'millet'],
    country2: [
      'Russia',
      'Japan',
      'the UAE',
      'France',
      'Brazil',
      'Indonesia',
      'Saudi Arabia',
      'Australia',
      'Egypt',
      'Vietnam',
      'Kenya',
    ],
    deal: [
      'a defence cooperation pact',
      'an energy supply agreement',
      'a free-trade agreement',
      'a rupee trade settlement deal',
      'a space cooperation accord',
      'a fertiliser supply deal',
    ],
    company: [
      'Sundara Electronics',
      'Vantara Motors',
      'Bharat Cellworks',
      'Indus Semiconductors',
      'Kaveri Pharma',
      'Deccan Steel',
    ],
    factory: [
      'semiconductor plant',
      'battery gigafactory',
      'electric vehicle plant',
      'solar module factory',
      'vaccine plant',
    ],
    mission: [
      'a lunar orbiter',
      'a solar observation satellite',
      'a crewed capsule test',
      'a Venus probe',
      'a navigation satellite',
    ],
    player: (r) =>
      `${r.pick(['Arjun', 'Rohan', 'Vikram', 'Karan', 'Aditya', 'Siddharth', 'Rahul', 'Ishaan', 'Yash', 'Nikhil'])} ${r.pick(['Mehra', 'Iyer', 'Rathore', 'Kulkarni', 'Reddy', 'Bhatt', 'Menon', 'Chauhan', 'Nair', 'Desai'])}`,
    team: [
      'Mumbai Mariners',
      'Chennai Tuskers',
      'Delhi Falcons',
      'Bengaluru Blazers',
      'Kolkata Tigers',
      'Rajasthan Royals XI',
      'Hyderabad Hawks',
    ],
    rbi: ['holds repo rate', 'cuts repo rate by 25 basis points', 'keeps policy stance neutral', 'raises repo rate'],
    inflMove: ['eases', 'spikes', 'cools', 'stays elevated'],
    policy: [
      'an anti-conversion bill',
      'a new land acquisition law',
      'a gig workers’ welfare bill',
      'a water conservation act',
      'a language policy bill',
    ],
    rupee: ['hits record low', 'gains', 'steadies', 'slips'],
    marketDriver: [
      'oil prices climb',
      'foreign investors pull out',
      'exporters sell dollars',
      'the Fed signals caution',
    ],
    startup: ['Krishi Cloud', 'PayPadi', 'Swasth AI', 'Rasta Logistics', 'Vidya Labs', 'Urja Grid'],
    age: int(19, 34),
    small: int(3, 9),
  },
};

const GRAMMARS: Record<SectionSlug, SectionGrammar> = {
  'world-news': WORLD,
  russia: RUSSIA,
  business: BUSINESS,
  'op-ed': OPED,
  sport: SPORT,
  science: SCIENCE,
  africa: AFRICA,
  india: INDIA,
};

const COMMON_SENTENCES = [
  'The situation is developing, and more details are expected in the coming days.',
  'A spokesperson for the government in {city} declined to comment further.',
  'The announcement was made at a press conference in {city} on {weekday}.',
  'Critics say the measures do not go far enough.',
  'It was not immediately clear how the plan would be financed.',
  'The issue is likely to dominate the agenda at talks later this {month}.',
  'Officials said a full report would be published by the end of the year.',
  'Public reaction on social media was mixed.',
];

/**
 * Which picture themes (db/seed/images.ts) suit a section's stories: the generator picks heroes and
 * body pictures among these, so sport gets the stadium and business the towers, port and refinery.
 */
const SECTION_THEMES: Record<string, readonly string[]> = {
  'world-news': ['dome', 'skyline', 'bridge', 'sea', 'mountains', 'port'],
  russia: ['forest', 'dome', 'bridge', 'field', 'mountains', 'skyline'],
  business: ['skyline', 'port', 'refinery', 'windfarm'],
  'op-ed': ['dome', 'skyline', 'bridge', 'field'],
  sport: ['stadium'],
  science: ['abstract', 'space', 'windfarm'],
  africa: ['desert', 'field', 'sea', 'port', 'skyline'],
  india: ['skyline', 'field', 'port', 'dome', 'mountains', 'sea'],
};

const picturePools = new Map<string, number[]>();

/** The indexes of the pictures that suit `sectionSlug` (every picture when none does). */
export function picturesFor(sectionSlug: string, imageCount: number): number[] {
  const key = `${sectionSlug}:${imageCount}`;
  let pool = picturePools.get(key);
  if (!pool) {
    const themes = SECTION_THEMES[sectionSlug] ?? [];
    const all = Array.from({ length: imageCount }, (_, i) => i);
    pool = all.filter((i) => themes.includes(imageTheme(i).key));
    if (pool.length === 0) pool = all;
    picturePools.set(key, pool);
  }
  return pool;
}

/**
 * A story's own caption for picture `index`: the picture's caption, marked as a file picture (the
 * scene was not taken for this story). It still says only what the picture shows.
 */
export function fileCaption(index: number): string {
  return `${imageTheme(index).caption.replace(/\.$/, '')} (file picture).`;
}

const LINK_BASES = [
  'https://example.org/reports',
  'https://example.com/news',
  'https://data.example.net',
  'https://example.org/analysis',
  'https://research.example.com/papers',
];
const YT_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// ---------------------------------------------------------------------------------------
// Template filling
// ---------------------------------------------------------------------------------------

/** Per-article state: slot values are chosen once and reused, so title, lede and body agree. */
class Ctx {
  readonly values = new Map<string, string>();
  constructor(
    readonly r: Random,
    readonly g: SectionGrammar,
  ) {
    const place = r.pick(g.places);
    this.values.set('country', place[0]);
    this.values.set('city', place[1]);
    this.values.set('demonym', place[2]);
    this.values.set('area', place[3]);
    if (!('country2' in g.pools)) {
      let other = r.pick(WORLD_PLACES);
      if (other[0] === place[0]) other = WORLD_PLACES[(WORLD_PLACES.indexOf(other) + 1) % WORLD_PLACES.length];
      this.values.set('country2', other[0]);
      this.values.set('demonym2', other[2]);
    }
  }

  private pool(key: string): Pool | undefined {
    return this.g.pools[key] ?? COMMON_POOLS[key];
  }

  get(key: string, fresh = false): string {
    if (!fresh) {
      const existing = this.values.get(key);
      if (existing !== undefined) return existing;
    }
    const pool = this.pool(key);
    let value: string;
    if (pool === undefined) value = key;
    else if (typeof pool === 'function') value = pool(this.r);
    else value = this.r.pick(pool);
    if (key === 'country2' && value === this.values.get('country')) value = 'its neighbours';
    // Values may themselves contain slots (e.g. "by {year}").
    if (value.includes('{')) value = this.fill(value);
    if (!fresh) this.values.set(key, value);
    return value;
  }

  /** `{key}` → value, `{Key}` → capitalised value, `{~key}` → a fresh value each time. */
  fill(template: string): string {
    return fillTemplate(template, (key, fresh) => this.get(key, fresh));
  }

  person(): string {
    return `${this.r.pick(FIRST)} ${this.r.pick(LAST)}`;
  }
}

function splitIntoRuns(r: Random, prefix: string, sentence: string, suffix: string, sectionSlug: string): Inline[] {
  const words = sentence.split(' ');
  if (words.length < 6) return [{ text: prefix + sentence + suffix }];
  const len = r.int(2, 3);
  const start = r.int(1, words.length - 1 - len);
  let span = words.slice(start, start + len).join(' ');
  let after = words.slice(start + len).join(' ');
  const trailing = /[,;:.!?"”]+$/.exec(span);
  if (trailing) {
    span = span.slice(0, -trailing[0].length);
    after = trailing[0] + ' ' + after;
  } else {
    after = ' ' + after;
  }
  const before = prefix + words.slice(0, start).join(' ') + ' ';
  const kind = r.weighted(['link', 'italic', 'bold'] as const, [6, 2.5, 1.5]);
  const run: Inline =
    kind === 'link'
      ? { text: span, href: `${r.pick(LINK_BASES)}/${sectionSlug}/${slugify(span) || 'report'}` }
      : kind === 'italic'
        ? { text: span, italic: true }
        : { text: span, bold: true };
  const out: Inline[] = [{ text: before }, run];
  const tail = after + suffix;
  if (tail.length > 0) out.push({ text: tail });
  return out.filter((i) => i.text.length > 0);
}

function youtubeId(r: Random): string {
  let id = '';
  for (let i = 0; i < 11; i++) id += YT_CHARS[r.int(0, YT_CHARS.length - 1)];
  return id;
}

/** An article's content before it gets a slug, a state and dates. */
type Draft = Omit<SeedArticle, 'sectionSlug' | 'slug' | 'status' | 'featured' | 'publishedAt' | 'updatedAt'> & {
  sectionSlug: SectionSlug;
};

const SECTION_SLUGS = SECTIONS.map((s) => s.slug as SectionSlug);
const TAGS_BY_SECTION = new Map<SectionSlug, string[]>(
  SECTION_SLUGS.map((s) => [s, TAG_DEFS.filter((t) => t[3].includes(s)).map((t) => t[0])]),
);
const ALL_TAG_SLUGS = TAG_DEFS.map((t) => t[0]);

function makeTitle(ctx: Ctx, sectionSlug: SectionSlug, seen: Set<string> | null): [string, string] {
  const r = ctx.r;
  let best: [string, string] | null = null;
  for (let attempt = 0; attempt < 8; attempt++) {
    // A fresh context value set for each attempt, so a retry can differ in more than the template.
    if (attempt > 0) {
      for (const key of [...ctx.values.keys()]) {
        if (!['country', 'city', 'demonym', 'area', 'country2', 'demonym2'].includes(key)) ctx.values.delete(key);
      }
    }
    const [t, l] = r.pick(ctx.g.headlines);
    const title = capitalize(ctx.fill(t));
    if (title.length > 110) continue;
    const candidate: [string, string] = [title, ctx.fill(l)];
    best ??= candidate;
    if (!seen || !seen.has(slugify(title))) return candidate;
  }
  if (best) return best;
  // Fallback: a short, always-valid headline.
  return [
    `${ctx.get('city')}: latest ${SECTIONS.find((s) => s.slug === sectionSlug)!.name.toLowerCase()} news`,
    ctx.fill('The latest from {city}.'),
  ];
}

function makeDraft(r: Random, sectionSlug: SectionSlug, imageCount: number, seen: Set<string> | null): Draft {
  const g = GRAMMARS[sectionSlug];
  const ctx = new Ctx(r, g);
  const [title, ledeMain] = makeTitle(ctx, sectionSlug, seen);
  let lede = ledeMain;
  if (r.chance(0.3)) lede += ' ' + ctx.fill(r.pick(g.sentences));

  // Body
  const sentencePool = g.sentences.concat(COMMON_SENTENCES);
  let order = r.shuffle(sentencePool);
  let cursor = 0;
  const nextSentence = () => {
    if (cursor >= order.length) {
      order = r.shuffle(sentencePool);
      cursor = 0;
    }
    return ctx.fill(order[cursor++]);
  };
  const paragraph = (): Block => {
    const n = r.int(2, 4);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(nextSentence());
    if (!r.chance(0.4)) return { type: 'paragraph', content: [{ text: sentences.join(' ') }] };
    const k = r.int(0, n - 1);
    const prefix = sentences
      .slice(0, k)
      .map((s) => s + ' ')
      .join('');
    const suffix = sentences
      .slice(k + 1)
      .map((s) => ' ' + s)
      .join('');
    return { type: 'paragraph', content: splitIntoRuns(r, prefix, sentences[k], suffix, sectionSlug) };
  };

  const total = r.chance(0.7) ? r.int(5, 10) : r.int(10, 15);
  const extras: Block[] = [];
  if (r.chance(0.7)) {
    extras.push({
      type: 'quote',
      text: ctx.fill(r.pick(g.quotes)),
      attribution: `${ctx.person()}, ${ctx.fill(r.pick(g.roles))}`,
    });
  }
  if (imageCount > 0 && r.chance(0.2)) {
    const pool = picturesFor(sectionSlug, imageCount);
    const index = pool[r.int(0, pool.length - 1)];
    const img: Block = { type: 'image', mediaId: index + 1 };
    if (r.chance(0.4)) img.caption = fileCaption(index);
    extras.push(img);
  }
  if (r.chance(0.15)) {
    const items = r.sample(g.listItems, r.int(3, Math.min(5, g.listItems.length)));
    extras.push({ type: 'list', ordered: false, items: items.map((it) => [{ text: ctx.fill(it) }]) });
  }
  if (r.chance(0.05)) {
    extras.push({
      type: 'embed',
      provider: 'youtube',
      url: `https://www.youtube.com/watch?v=${youtubeId(r)}`,
      title: `Video: ${title}`.slice(0, 300),
    });
  }
  const hasHeading = r.chance(0.3);
  const paragraphs = Math.max(3, total - extras.length - (hasHeading ? 1 : 0));
  const body: Block[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(paragraph());
  // Spread the extras between paragraphs (never first), and put a heading in the middle.
  for (const extra of r.shuffle(extras)) body.splice(r.int(1, body.length), 0, extra);
  if (hasHeading)
    body.splice(r.int(2, Math.max(2, body.length - 1)), 0, {
      type: 'heading',
      level: 2,
      text: ctx.fill(r.pick(g.headings)),
    });

  const heroPool = picturesFor(sectionSlug, imageCount);
  const heroImage = imageCount > 0 && r.chance(0.9) ? heroPool[r.int(0, heroPool.length - 1)] : null;
  // Usually the picture's own caption (''); sometimes the story's, which still describes the picture.
  const heroCaption = heroImage !== null && r.chance(0.2) ? fileCaption(heroImage) : '';

  const sectionTags = TAGS_BY_SECTION.get(sectionSlug)!;
  const tagCount = r.weighted([1, 2, 3, 4], [2, 4, 3, 1]);
  const tags = new Set<string>();
  for (let guard = 0; tags.size < tagCount && guard < 20; guard++) {
    tags.add(r.chance(0.85) ? r.pick(sectionTags) : r.pick(ALL_TAG_SLUGS));
  }
  const sectionAuthors = SECTION_AUTHORS[sectionSlug];
  const authors = [r.pick(sectionAuthors)];
  if (r.chance(0.12)) {
    const other = r.pick(AUTHORS).slug;
    if (other !== authors[0]) authors.push(other);
  }

  return { sectionSlug, title, lede, body, heroImage, heroCaption, tagSlugs: [...tags], authorSlugs: authors };
}

/** The `nth` refinery picture for the oil story (the first picture when there are too few). */
function showcasePicture(imageCount: number, nth: number): number {
  const refineries = Array.from({ length: imageCount }, (_, i) => i).filter((i) => imageTheme(i).key === 'refinery');
  return refineries[nth] ?? refineries[0] ?? 0;
}

function showcase(imageCount: number): Draft {
  const body: Block[] = [
    {
      type: 'paragraph',
      content: [
        {
          text: 'Energy ministers from the Gulf warned on Monday that a new round of Western restrictions on oil and gas exports would ',
        },
        { text: 'push prices higher for everyone', italic: true },
        { text: ', according to a ' },
        {
          text: 'statement published after the meeting',
          href: 'https://example.org/reports/business/gulf-energy-ministers-statement',
        },
        { text: '.' },
      ],
    },
    {
      type: 'paragraph',
      content: [
        {
          text: 'Brent crude rose 4% in early trading as traders weighed the risk of supply disruption. Analysts at the Horizon Economics Institute said the market was already tight, with inventories at their lowest level in five years.',
        },
      ],
    },
    {
      type: 'quote',
      text: 'Sanctions will backfire. They will not reduce the world’s need for energy; they will only make it more expensive.',
      attribution: 'Khalid Al-Rashid, energy minister',
    },
    { type: 'heading', level: 2, text: 'What it means for consumers' },
    {
      type: 'paragraph',
      content: [
        { text: 'Fuel prices in Europe and Asia are likely to follow crude higher in the coming weeks. ' },
        { text: 'Airlines and shipping companies', bold: true },
        { text: ' are expected to be among the first to pass higher costs on to customers.' },
      ],
    },
    // Another refinery picture, with its own caption.
    ...(imageCount > 0 ? [{ type: 'image', mediaId: showcasePicture(imageCount, 1) + 1 } as Block] : []),
    {
      type: 'list',
      ordered: false,
      items: [
        [{ text: 'Brent crude up 4% on the day' }],
        [{ text: 'Gas prices in Europe at a two-month high' }],
        [{ text: 'Next producers’ meeting due in three weeks' }],
      ],
    },
    {
      type: 'embed',
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=Xk3vQ9pL2aB',
      title: 'Video: Gulf energy ministers speak to reporters',
    },
    {
      type: 'paragraph',
      content: [
        {
          text: 'The ministers are due to meet again next month. Officials said they remained open to dialogue with consumer countries, but would not accept "price caps imposed from outside".',
        },
      ],
    },
  ];
  return {
    sectionSlug: 'business',
    title: 'Oil & gas: "Sanctions will backfire," says Gulf energy minister',
    lede: 'Gulf producers warned that new restrictions on oil and gas exports would hurt consumers most, as Brent crude jumped 4%.',
    body,
    heroImage: imageCount > 0 ? showcasePicture(imageCount, 0) : null,
    heroCaption: imageCount > 0 ? fileCaption(showcasePicture(imageCount, 0)) : '',
    tagSlugs: ['oil', 'gas', 'sanctions'],
    authorSlugs: ['anna-kovalenko', 'sarah-whitfield'],
  };
}

// ---------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WINDOW = 60 * DAY;

function pickSection(r: Random): SectionSlug {
  return r.weighted(
    SECTION_SLUGS,
    SECTION_SLUGS.map((s) => SECTION_WEIGHTS[s]),
  );
}

function floorToSecond(ms: number): Date {
  return new Date(Math.floor(ms / 1000) * 1000);
}

function* generateArticles(opts: NewsroomOptions): Generator<SeedArticle> {
  const { seed, now, imageCount } = opts;
  const n = Math.max(0, Math.floor(opts.articles));
  const nowMs = now.getTime();
  const step = n > 0 ? WINDOW / n : WINDOW;
  // Slugs already used by published articles, so headlines rarely repeat. Strings only.
  const seen = new Set<string>();

  for (let i = 0; i < n; i++) {
    const r = createRandom(mixSeed(seed, 0x5eed, i));
    // Article i falls in its own slice of the window, so the sequence is strictly descending.
    let offset = step * (i + r.float(0.05, 0.95));
    if (i === 0) offset = Math.min(offset, r.float(5, 90) * MINUTE);
    const publishedAt = floorToSecond(nowMs - offset);
    const draft = i === 0 ? showcase(imageCount) : makeDraft(r, pickSection(r), imageCount, seen);
    const slug = slugify(draft.title);
    seen.add(slug);

    let featured: 0 | 1 | 2 = 0;
    if (i === 0) featured = 2;
    else {
      const f = r.next();
      if (f < 1 / 80) featured = 2;
      else if (f < 1 / 80 + 1 / 25) featured = 1;
    }
    let updatedAt = publishedAt;
    if (i !== 0 && r.chance(0.15)) {
      updatedAt = floorToSecond(Math.min(nowMs, publishedAt.getTime() + r.int(20, 360) * MINUTE));
    }
    yield { ...draft, slug, status: 'published', featured, publishedAt, updatedAt };
  }

  if (n < 10) return;
  const extraSlugs = new Set<string>();
  const extra = (k: number, status: SeedArticle['status']): SeedArticle => {
    const r = createRandom(mixSeed(seed, 0xe7a, k));
    const draft = makeDraft(r, pickSection(r), imageCount, seen);
    let slug = slugify(draft.title);
    for (let j = 2; extraSlugs.has(slug); j++) slug = `${slugify(draft.title)}-${j}`;
    extraSlugs.add(slug);
    let publishedAt: Date | null = null;
    let updatedAt: Date | null = null;
    if (status === 'scheduled') {
      publishedAt = floorToSecond(nowMs + r.int(24 * 60, 72 * 60) * MINUTE);
      updatedAt = publishedAt;
    } else if (status === 'unpublished') {
      publishedAt = floorToSecond(nowMs - r.int(3, 40) * DAY - r.int(0, 23) * HOUR);
      updatedAt = floorToSecond(Math.min(nowMs, publishedAt.getTime() + r.int(1, 48) * HOUR));
    }
    return { ...draft, slug, status, featured: 0, publishedAt, updatedAt };
  };
  let k = 0;
  for (let d = 0; d < 5; d++) yield extra(k++, 'draft');
  for (let s = 0; s < 2; s++) yield extra(k++, 'scheduled');
  yield extra(k++, 'unpublished');
}

export function generateNewsroom(opts: NewsroomOptions): Newsroom {
  const sections: SeedSection[] = SECTIONS.map((s, position) => ({ ...s, position }));
  const tags: SeedTag[] = TAG_DEFS.map(([slug, name, description]) => ({ slug, name, description }));
  const authors: SeedAuthor[] = AUTHORS.map((a) => ({ ...a }));
  return {
    sections,
    tags,
    authors,
    articles: { [Symbol.iterator]: () => generateArticles(opts) },
  };
}
