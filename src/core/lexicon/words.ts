// Hand-written word lists for what is specific to news text: titles, organization and place heads,
// quantity and time words (reporting words are in reporting.ts). General vocabulary comes from packages (gazetteer.ts).

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Words that never start a name on their own, even when capitalised at the start of a sentence. */
export const FUNCTION_WORDS = set(`
  a an the this that these those there here it its it's he she they we you i me him her them us his hers their our your my
  and or but nor so yet for of in on at to from by with without within into onto over under after before since until while
  as if when where why how what which who whom whose than then also not no yes all any some many much more most few several
  each every both either neither other another such same own only just even still already again ever never always often
  is are was were be been being am has have had do does did will would shall should can could may might must
  about above across against along among around behind below beneath beside besides between beyond despite during except
  inside near off onto outside past per through throughout toward towards upon via amid amidst
  meanwhile however although though because unless whether once instead moreover furthermore nevertheless therefore thus
  last next first later earlier recently now today yesterday tomorrow tonight
  one two three four five six seven eight nine ten
`);

/** Capitalised titles that belong to a person mention when they precede the name. */
export const PERSON_TITLES = set(`
  President Vice Prime Minister Premier Chancellor Secretary Senator Sen Rep Representative Congressman Congresswoman
  Governor Gov Mayor Ambassador Judge Justice Chief Commissioner Director Chairman Chairwoman Chair Speaker Leader
  King Queen Prince Princess Emperor Sheikh Sheik Emir Sultan Pope Cardinal Archbishop Bishop Rev Reverend Father Sister Brother Rabbi Imam Ayatollah
  General Gen Colonel Col Major Maj Captain Capt Lieutenant Lt Sergeant Sgt Admiral Adm Commander Marshal Brigadier Corporal Private
  Dr Doctor Professor Prof Mr Mrs Ms Miss Dame Sir Lord Lady
  Attorney Inspector Superintendent Detective Officer Constable Spokesman Spokeswoman Spokesperson Coach Manager
  Administrator Deputy Foreign Defence Defense Interior Finance Health Education Justice Trade Labour Labor Culture
  Home Shadow Emeritus High Assistant Associate Senior Acting Former MP MEP Councillor Councilman Councilwoman Alderman Sheriff
`);

/** Title words that only modify a title ("Foreign" Minister, "Deputy" Director): alone they name no one. */
export const TITLE_MODIFIERS = set(`
  Vice Foreign Defence Defense Interior Finance Health Education Justice Trade Labour Labor Culture Home Shadow Emeritus High
  Assistant Associate Senior Acting Former Deputy Chief Mr Mrs Ms Miss Dr Sen Rep Gov Gen Col Maj Capt Lt Sgt Adm Prof Rev Sir Lord Lady Dame
  Brother Sister Father Private Officer Major General Leader Chair Speaker Judge Justice Director
`);

/** Titles that can stand for a person even without a following name ("the President said"). */
export const STANDALONE_TITLES = set(`President Pope Chancellor`);

/** Lower-case role nouns that link an organization to a person ("Observatory head Rami ..."). */
export const ROLE_NOUNS = set(`
  head chief leader director spokesman spokeswoman spokesperson president chairman chairwoman founder official
  minister secretary commander editor correspondent reporter analyst researcher professor economist lawyer attorney
  member members officials adviser advisor aide ambassador envoy representative governor mayor manager executive ceo
`);

/** Capitalised heads that make a name an organization. */
export const ORGANIZATION_HEADS = set(`
  Group Party Ministry Council Committee Commission Observatory Agency Authority University College Institute Institution
  Foundation Association Society Union Federation League Alliance Coalition Front Movement Brigade Brigades Battalion Army
  Navy Forces Force Corps Police Guard Guards Militia Court Tribunal Parliament Congress Senate Assembly Cabinet Department
  Office Bureau Board Service Services Administration Company Corporation Corp Inc Ltd LLC PLC GmbH Bank Fund Trust
  Group Holdings Industries Airlines Airways Railways Motors Systems Technologies Labs Laboratories Network Networks
  News Times Post Press Herald Tribune Journal Gazette Telegraph Guardian Observer Review Magazine Television TV Radio
  Broadcasting Channel Media Studios Records Club FC Team Church Hospital Clinic School Academy
  Library Organization Organisation Organizations Watch Initiative Project Program Programme
  Secretariat Directorate Inspectorate Command Council Caucus Conference Municipality Fellowship Order Dynasty Regime Government Republicans
  Democrats Conservatives Liberals Greens Taliban Hezbollah Hamas
`);

/** Verbs and prepositions that make a country a sports team ("Sweden beat Belgium", "against Panama"). */
export const TEAM_VERBS =
  set(`beat beats defeated defeat defeats won win wins lost lose loses drew draw draws scored score scores played play plays
  faced face faces edged thrashed routed trounced eliminated qualified advanced equalised equalized led trailed`);
export const TEAM_PREPOSITIONS = set(`against vs versus`);
/** Words whose frequency marks a sports report, where countries mostly name teams. */
export const SPORTS_WORDS =
  set(`match matches goal goals scored scorer striker midfielder defender goalkeeper keeper coach tournament league
  championship cup squad fixture penalty penalties kickoff half-time halftime stadium referee semi-final semifinal quarter-final final
  group-stage knockout playoff playoffs innings wicket wickets try tries touchdown`);
/** Prepositions that keep a country a place even in a sports report ("in Russia"). */
export const LOCATIVE_PREPOSITIONS = set(`in at from to into across throughout near around outside inside within`);

/** Verbs whose subject, when a country, is its government acting ("North Korea fired", "France said"). */
export const GOVERNMENT_VERBS =
  set(`said says announced warned fired launched agreed signed accused denied threatened demanded rejected
  called urged vowed pledged condemned criticised criticized imposed sanctioned invaded attacked ratified vetoed expelled recalled
  summoned approved refused responded retaliated tested deployed claimed insisted stated reported confirmed blamed evacuated sent
  began started exchanged released arrested detained executed banned suspended resumed withdrew declared issued ordered`);

/** Lower-case heads that follow a capitalised name and belong to the organization ("Islamic State group"). */
export const LOWERCASE_ORGANIZATION_HEADS = set(`group movement militia network`);

/** Capitalised heads that make a name a place. */
export const PLACE_HEADS = set(`
  Street St Avenue Ave Road Rd Boulevard Square Bridge Park Gardens River Lake Sea Ocean Bay Gulf Strait Canal Channel
  Mountain Mountains Mount Mt Valley Desert Island Islands Peninsula Coast Beach Cape Forest Falls Glacier
  Province District County State Region Territory Territories Prefecture Municipality Borough Township Village City Town
  Republic Kingdom Emirate Emirates Airport Station Harbour Harbor Port Camp Base Stadium Arena Palace Castle Tower
  Cathedral Mosque Masjid Synagogue Temple Hotel Plaza Mall Prison Plains Shrine Memorial Museum Center Centre Gallery Zoo Hall Theatre Theater Basin Plain Plateau Delta Heights Strip Bank Crossing Highway Motorway Corridor Zone Oblast Krai Governorate
`);

/** Lower-case geographic nouns that make "<Demonym> <noun>" a place ("the Syrian desert"). */
export const LOWERCASE_PLACE_HEADS = set(`desert coast border mountains highlands lowlands plains countryside capital`);

/** Nouns after which "of X" names a place ("the district of X", "the town of X"). */
export const PLACE_OF_NOUNS = set(`
  city town village district province region area camp capital state county country suburb suburbs neighbourhood neighborhood
  outskirts island islands port enclave bastion stronghold municipality governorate prefecture republic kingdom emirate
  territory streets heart centre center north south east west northeast northwest southeast southwest
`);

/** Prepositions after which an unknown capitalised name is most likely a place ("at", "to", "from" also take people and firms). */
export const PLACE_PREPOSITIONS = set(`in near across outside inside throughout`);

/** Compass words that begin place names ("Eastern Ghouta", "North Korea"). */
export const COMPASS_WORDS = set(
  `North South East West Northern Southern Eastern Western Central Upper Lower New Greater Northeast Northwest Southeast Southwest`,
);

/** Connectors allowed inside a multi-word name when capitalised words follow. */
export const NAME_CONNECTORS = set(
  `of for the and de del della der di da do dos das du la le van von bin bint ibn al el abu ben ter y &`,
);

/** Particles that begin a surname and stay with it ("al-Assad", "van der Berg"). */
export const SURNAME_PARTICLES = set(
  `al el bin ibn abu abd abdel abdul bint van von der den de del della di da dos du la le ter ben`,
);

/** Common short forms of country names that general lists give only in longer forms. */
export const EXTRA_PLACES = set(
  `Britain America Holland Europe Asia Africa Antarctica Oceania Americas Scandinavia Balkans Caucasus Mideast`,
);

/** Adjectives and nouns of faith, which like nationalities name groups rather than entities. */
export const RELIGIOUS_ADJECTIVES = [
  'Muslim',
  'Islamic',
  'Christian',
  'Jewish',
  'Jew',
  'Catholic',
  'Protestant',
  'Orthodox',
  'Buddhist',
  'Hindu',
  'Sikh',
  'Shia',
  'Shiite',
  'Sunni',
  'Evangelical',
  'Anglican',
  'Mormon',
  'Baptist',
  'Methodist',
  'Lutheran',
  'Arab',
  'Kurdish',
  'Kurd',
  'Latino',
  'Hispanic',
];

/** Multi-word regions commonly named in news. */
export const EXTRA_PLACE_PHRASES = [
  'Middle East',
  'Latin America',
  'North America',
  'South America',
  'Central America',
  'Southeast Asia',
  'Central Asia',
  'East Asia',
  'South Asia',
  'West Africa',
  'East Africa',
  'North Africa',
  'Sub-Saharan Africa',
  'Eastern Europe',
  'Western Europe',
  'Gulf States',
  'West Bank',
  'Gaza Strip',
];

/** News agencies and wire services, which report rather than act. */
export const NEWS_AGENCIES = set(
  `AFP Reuters AP Bloomberg UPI TASS Xinhua Interfax Yonhap Kyodo ANSA EFE DPA PTI IANS SANA IRNA`,
);

/** Two- and three-letter capitals that name places rather than organizations (written without dots). */
export const PLACE_ACRONYMS = set(`US USA UK UAE DRC EU DC NYC LA`);

/** Common acronyms that name no entity. */
export const COMMON_ACRONYMS = set(`
  CEO CFO COO CTO VIP TV GPS DNA PC AM PM OK ID HIV AIDS COVID GDP IT PR CCTV SUV IQ LGBT LGBTQ DIY FAQ USB VR AI CD DVD
  MP MPs PhD MBA BA MA BSc RIP ICU ER IVF PTSD ADHD CPU GPU SMS PDF URL HTML API CO2 UV AC FM AKA ASAP ETA PS
  NB OMG LOL BBQ HQ PIN ATM RSVP DJ MC TBA TBD IPO ESG
`);

// ── Quantities ─────────────────────────────────────────────────────────────────────────────────

/** Words that count people when nothing else is counted ("a few hundred remain"). */
export const IRREGULAR_PLURALS = set(
  `people children men women police staff personnel troops cattle sheep fish deer crew clergy youth livestock media data`,
);

// ── Time ───────────────────────────────────────────────────────────────────────────────────────

export const MONTHS = set(
  `January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`,
);
export const WEEKDAYS = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);
export const TIME_UNITS = set(
  `second seconds minute minutes hour hours day days week weeks weekend weekends month months year years decade decades century centuries fortnight`,
);
export const PARTS_OF_DAY = set(
  `morning afternoon evening night midday noon midnight dawn dusk daybreak sunrise sunset overnight`,
);
export const DEICTIC_DAYS = set(`today yesterday tomorrow tonight`);
export const SEASONS = set(`spring summer autumn fall winter`);
