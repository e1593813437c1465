// Word lists for comparing figures across articles: what a number counts, what happened to what it
// counts, and the words that make a figure part of another or a rate. Data only: a rule change is an
// edit here.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Plurals and forms that the suffix rules of `lemma` would get wrong, mapped to their lemma. */
export const IRREGULAR_LEMMAS: ReadonlyMap<string, string> = new Map(
  `people:person men:man women:woman children:child policemen:policeman policewomen:policewoman gunmen:gunman
   servicemen:serviceman firemen:fireman fishermen:fisherman businessmen:businessman congressmen:congressman
   lives:life wives:wife knives:knife halves:half leaves:leaf thieves:thief
   mice:mouse geese:goose feet:foot teeth:tooth oxen:ox
   crises:crisis analyses:analysis theses:thesis
   media:media data:data police:police staff:staff personnel:personnel troops:troop cattle:cattle sheep:sheep
   fish:fish deer:deer news:news series:series species:species`
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** Words ending in "s" that are not plurals. */
export const NOT_PLURAL = set(`bus gas yes this its his us plus status census campus virus bonus chaos corpus lens news`);

/**
 * Counted nouns that mean the same thing in a news figure, by lemma; the first of each group names it.
 * Kept narrow: "rebels" and "jihadists" of one conflict are often different groups.
 */
export const COUNTED_SYNONYMS: readonly (readonly string[])[] = [
  ['person', 'individual'],
  ['soldier', 'troop', 'serviceman'],
  ['death', 'fatality', 'dead'],
  ['protester', 'demonstrator', 'marcher'],
  ['resident', 'inhabitant'],
  ['home', 'house', 'dwelling'],
  ['policeman', 'police officer', 'policewoman'],
  ['child', 'kid'],
  ['worker', 'employee'],
];

/** Counted words that name no thing to compare: "five others", "three times", "two sides". */
export const NOT_COMPARED = set(`
  other one time side way thing point percent percentage per cent
  second minute hour day night week weekend month year decade century fortnight term round stage phase
  part half quarter third kind type step lot number dozen hundred thousand million billion
`);

/**
 * What happened to what is counted: "250 people were killed" and "250 people were wounded" count
 * different things. Each class lists the words that say it, as written (lower case).
 */
export const OUTCOMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    killed: 'killed kill kills killing dead died die dies dying deaths death slain fatalities perished toll lives executed',
    wounded: 'wounded injured injuring injuries hurt wounding',
    arrested: 'arrested arrest arrests detained detain detention jailed imprisoned captured custody',
    missing: 'missing disappeared unaccounted',
    displaced: 'displaced homeless uprooted fled fleeing',
    evacuated: 'evacuated evacuate evacuating evacuation evacuations',
    rescued: 'rescued rescue saved',
    released: 'released freed release',
    kidnapped: 'kidnapped abducted hostage hostages seized',
    infected: 'infected cases infections',
    attended: 'attended marched rallied gathered turned',
    employed: 'employed employs hired',
    lost: 'lost cut laid',
  }).flatMap(([outcome, words]) => words.split(' ').map((w) => [w, outcome])),
);

/** Words just before a figure that make it part of, or an addition to, another figure. */
export const PART_BEFORE = set(`another additional further extra including included among besides plus`);

/** Words just after a figure that make it part of, or an addition to, another figure: "50 of the", "30 more". */
export const PART_AFTER = set(`more other others additional of extra further`);

/** How often a rate counts: "300 a day", "per week", "annually". */
export const RATE_PERIODS = set(`hour day night week month year`);
export const RATE_MARKERS = set(`a an per each every`);
export const RATE_WORDS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'hour'],
  ['daily', 'day'],
  ['nightly', 'night'],
  ['weekly', 'week'],
  ['monthly', 'month'],
  ['yearly', 'year'],
  ['annually', 'year'],
  ['annual', 'year'],
]);

/** Words that start a relative time ("last week", "this year"), and the spans of time they can start. */
export const RELATIVE_TIME_STARTS = set(`last this next past previous coming`);
export const RELATIVE_TIME_UNITS = set(
  `week weekend month year night morning evening afternoon spring summer autumn fall winter`,
);
export const DEICTIC_TIMES = set(`today yesterday tomorrow tonight`);

/** Words left out of the words that compare two claims. */
export const CLAIM_STOPWORDS = set(`
  a an the of to in on at for by with and or but that this these those was were is are be been being has have had
  it its their his her they he she we i you as from which who whom not no would will could should can may might
  said says say told also there here than then so such into over about after before
`);

/** Words of change: a figure that "rose to 55" updates an earlier one of the same article rather than disagreeing with it. */
export const CHANGE_WORDS = set(`
  rose risen rise rises rising climbed climb climbs increased increase increases jumped soared grew grown
  fell fallen fall falls dropped drop drops declined decline declines decreased plunged
  up down revised raised lowered now reached
`);

/** Words too common in news to tie two sentences to one event. */
export const GENERIC_EVENT_WORDS = set(`
  says reported report reports reporting according officials official told added also other others many several some
  people person total least more than nearly about around almost over under just only while during out
  year years month months week weeks day days time times second first last new north south east west country countries
`);

/** Figures further apart than this factor count different things, whatever their words: "a million people" and "six people". */
export const MAX_DISAGREEMENT_RATIO = 20;
