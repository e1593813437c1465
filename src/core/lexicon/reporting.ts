// Words that report speech, writing and thought, and the small words around them that shape an
// attribution ("said in a statement", "told reporters", "according to", "Image: ...").

const set = (words: string) => new Set(words.trim().split(/\s+/));
const list = (words: string) => words.trim().split(/\s+/);

export type ReportingStance = 'asserts' | 'denies';

/**
 * How a reporting verb takes its content:
 * - `speech`: says something; content is a clause, a quote, or what follows ("said", "told", "wrote").
 * - `thought`: believes or knows; counts only with a following clause ("thinks the toll is higher").
 * - `object`: acts on a topic or person; the content is its object ("criticized the plan", "urged X to").
 * - `intent`: wants or plans; the content is the infinitive that follows ("plans to raise taxes").
 */
export type ReportingKind = 'speech' | 'thought' | 'object' | 'intent';

interface VerbInfo {
  stance: ReportingStance;
  kind: ReportingKind;
}

const SPEECH_VERBS = list(`
  say tell state add note claim explain announce report confirm insist argue warn write tweet reply respond answer
  declare assert maintain contend suggest indicate reveal acknowledge admit concede estimate predict stress emphasize
  emphasise comment remark observe allege testify recount disclose specify complain boast joke lament mention agree
  caution affirm reiterate repeat counter retort quip muse shout yell proclaim pronounce concur echo signal hint imply
  posit theorize speculate surmise swear assure reassure brag vow pledge promise guarantee threaten predict forecast
  project calculate document record publish post announce recommend advise propose ask wonder inquire query question
  acknowledge confide concede grumble groan sigh chant sing read recall contend protest object point conclude rule
  find show demonstrate prove learn inform notify remind brief write blog text email cable telegraph continue reason
`);

const THOUGHT_VERBS = list(`
  believe think reckon know understand realize realise feel guess assume imagine hope fear worry doubt suspect expect
  figure suppose presume trust bet sense see
`);

const OBJECT_VERBS = list(`
  urge encourage implore exhort press demand criticize criticise blast slam attack accuse blame praise hail welcome
  condemn denounce decry charge describe cite quote call discuss detail outline highlight mock ridicule lambaste
  question challenge defend endorse back support oppose applaud commend laud thank congratulate chastise rebuke scold
  berate assail castigate deride dismiss reject deny refute dispute contradict rebut disavow decline refuse
  liken compare reference tout champion dub label brand debate
`);

const INTENT_VERBS = list(`want plan intend seek aim decide`);

/** Verbs that report only with their particle ("spoke of", "railed against", "weighed in"). */
export const PHRASAL_ONLY_VERBS = set(`speak talk rail weigh chime lash sound vouch allude advocate push point`);

/** Verbs whose content is denied, rejected or contested rather than asserted. */
const DENIAL_VERBS = set(`deny reject dismiss refute dispute contradict rebut disavow`);

export const REPORTING_VERBS: Map<string, VerbInfo> = new Map();
for (const w of SPEECH_VERBS) REPORTING_VERBS.set(w, { stance: 'asserts', kind: 'speech' });
for (const w of THOUGHT_VERBS) REPORTING_VERBS.set(w, { stance: 'asserts', kind: 'thought' });
for (const w of OBJECT_VERBS) if (!REPORTING_VERBS.has(w)) REPORTING_VERBS.set(w, { stance: 'asserts', kind: 'object' });
for (const w of INTENT_VERBS) REPORTING_VERBS.set(w, { stance: 'asserts', kind: 'intent' });
for (const w of DENIAL_VERBS) REPORTING_VERBS.set(w, { stance: 'denies', kind: 'speech' });
for (const w of PHRASAL_ONLY_VERBS) if (!REPORTING_VERBS.has(w)) REPORTING_VERBS.set(w, { stance: 'asserts', kind: 'object' });

/** Reporting verbs that are also common in other senses: cues only with a clause or quote after them. */
export const WEAK_REPORTING_LEMMAS = set(`
  find show point agree promise observe recall read learn ask project record
  post publish document prove demonstrate sing chant rule conclude signal call see press charge back concede continue reason
`);

/** Irregular inflections, mapped to their lemma. */
const IRREGULAR_FORMS: Record<string, string> = {
  said: 'say',
  says: 'say',
  saying: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  writing: 'write',
  thought: 'think',
  found: 'find',
  shown: 'show',
  knew: 'know',
  known: 'know',
  understood: 'understand',
  felt: 'feel',
  swore: 'swear',
  sworn: 'swear',
  read: 'read',
  reads: 'read',
  reading: 'read',
  sang: 'sing',
  sung: 'sing',
  saw: 'see',
  seen: 'see',
  bet: 'bet',
  spoke: 'speak',
  spoken: 'speak',
  forecast: 'forecast',
  taught: 'teach',
};

const VOWELS = /[aeiou]/;

/** Every regular inflection of a lemma: -s, -ed, -ing with the usual spelling changes. */
function inflections(lemma: string): string[] {
  const out = [lemma];
  const last = lemma[lemma.length - 1];
  const beforeLast = lemma[lemma.length - 2] ?? '';
  if (last === 'y' && !VOWELS.test(beforeLast)) {
    const stem = lemma.slice(0, -1);
    out.push(`${stem}ies`, `${stem}ied`, `${lemma}ing`);
  } else if (last === 'e') {
    out.push(`${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`);
  } else {
    const sibilant = /(s|x|z|ch|sh)$/.test(lemma);
    out.push(sibilant ? `${lemma}es` : `${lemma}s`, `${lemma}ed`, `${lemma}ing`);
    // Short stressed endings double their consonant: "admitted", "committing".
    if (
      (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma) && !/(er|en|on|el|it)$/.test(lemma.slice(-2))) ||
      /^(admit|commit|regret|permit|omit|submit|rebut|abhor|prefer|refer|confer|defer|infer|deter|aver|occur|control)$/.test(
        lemma,
      )
    ) {
      out.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
    }
  }
  return out;
}

/** Every known surface form of a reporting verb, lower case, mapped to its lemma. */
export const REPORTING_FORMS: Map<string, string> = new Map();
for (const lemma of REPORTING_VERBS.keys())
  for (const form of inflections(lemma)) if (!REPORTING_FORMS.has(form)) REPORTING_FORMS.set(form, lemma);
for (const [form, lemma] of Object.entries(IRREGULAR_FORMS)) if (REPORTING_VERBS.has(lemma)) REPORTING_FORMS.set(form, lemma);

/** The user's extra reporting verbs (lemmas or forms) with their inflections, mapped to a lemma. */
export function extraReportingForms(verbs: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const verb of verbs) {
    const word = verb.trim().toLowerCase();
    if (!/^[a-z][a-z'-]*$/.test(word)) continue;
    const lemma = REPORTING_FORMS.get(word) ?? word;
    for (const form of [word, ...inflections(lemma)]) if (!forms.has(form)) forms.set(form, lemma);
  }
  return forms;
}

/** Adjectives of stance after a copula, with the word that introduces their content ("is critical of", "was sure that"). */
export const STANCE_ADJECTIVES: ReadonlyMap<string, string[]> = new Map(
  Object.entries({
    critical: ['of'],
    skeptical: ['of', 'about', 'that'],
    sceptical: ['of', 'about', 'that'],
    supportive: ['of'],
    wary: ['of'],
    concerned: ['about', 'that', 'by'],
    worried: ['about', 'that', 'by'],
    optimistic: ['about', 'that'],
    pessimistic: ['about', 'that'],
    hopeful: ['that', 'about'],
    confident: ['that', 'about', 'in'],
    sure: ['that'],
    certain: ['that'],
    convinced: ['that', 'of'],
    adamant: ['that'],
    clear: ['that'],
    silent: ['on', 'about'],
    vague: ['about', 'on'],
    coy: ['about'],
    vocal: ['about', 'in'],
    opposed: ['to'],
    passionate: ['about'],
    bullish: ['on', 'about'],
    bearish: ['on', 'about'],
    dismissive: ['of'],
    unhappy: ['with', 'about', 'that'],
    frustrated: ['with', 'by', 'that'],
    angry: ['about', 'at', 'that'],
    upset: ['about', 'with', 'that'],
    afraid: ['that', 'of'],
    aware: ['that', 'of'],
    proud: ['of', 'that'],
    disappointed: ['that', 'with', 'by', 'in'],
    pleased: ['with', 'that'],
  }),
);

/** Things that show or find rather than say ("polls show ...", "the study found ..."). */
export const EVIDENCE_NOUNS =
  set(`poll polls survey surveys study studies data analysis analyses report reports research video videos footage
  figures documents records results average averages numbers statistics review audit investigation findings tally count estimates
  projections model models chart map filings transcript transcripts evidence tests test experiment experiments trial trials
  documentary film photos images emails letter letters memo memos`);

/** Nouns that report what someone says or thinks when a "that" clause follows ("his claim that ..."). */
export const NOMINAL_CUES =
  set(`claim claims report reports assertion assertions statement belief suggestion argument allegation allegations
  charge charges contention warning warnings promise pledge insistence accusation accusations assessment conclusion finding findings
  estimate prediction predictions admission acknowledgment acknowledgement announcement fear fears worry concern concerns denial
  complaint complaints argument arguments boast vow threat prediction`);

/** Verbs whose passive reports a judgement even without its source ("was accused of", "has been criticized for"). */
export const PASSIVE_JUDGEMENTS =
  set(`accuse criticize criticise blame praise condemn describe call charge attack question fault hail
  denounce dismiss ridicule mock deride brand label`);

/** Verbs that govern an infinitive cue and belong to it ("declined to say", "went on to explain"). */
export const INFINITIVE_GOVERNORS =
  set(`declined refused declines refuses decline refuse wants want wanted plans planned plan going used tried
  try tries seemed seem seems appeared appear appears continued continues continue went began begin begins had has have needs
  need needed on sought seek seeks hoped hope hopes decided promised vowed pledged threatened agreed offered expected expects
  intends intended intend managed failed fails ought`);

/** Particles that complete a verb into a reporting cue ("called for", "pointed out", "spoke of"). */
export const PHRASAL_CUES: ReadonlyMap<string, string[]> = new Map(
  Object.entries({
    call: ['for', 'on', 'upon'],
    point: ['out', 'to'],
    speak: ['of', 'about'],
    talk: ['about', 'of'],
    complain: ['about', 'of'],
    warn: ['of', 'about', 'against'],
    rail: ['against'],
    lash: ['out'],
    weigh: ['in'],
    chime: ['in'],
    sound: ['off'],
    push: ['for'],
    ask: ['for', 'about'],
    argue: ['for', 'against'],
    advocate: ['for'],
    vouch: ['for'],
    go: ['on'],
    refer: ['to'],
    allude: ['to'],
  }),
);

/** Participles that, after a comma, report more of what the main clause's subject said (", saying ..."). */
export const PARTICIPLE_CUES = set(`
  saying adding arguing noting citing claiming insisting warning explaining calling stating writing telling asking
  suggesting describing accusing urging pointing vowing promising pledging acknowledging admitting declaring asserting
  contending complaining charging denying rejecting dismissing stressing emphasizing emphasising recalling predicting
  quoting tweeting maintaining reiterating questioning blaming criticizing criticising praising
`);

/** Objects of "told"/"asked" that name an audience rather than a topic ("told reporters"). */
export const AUDIENCE_WORDS = set(`reporters journalists me him her them us you everyone supporters lawmakers congress parliament
  voters viewers listeners readers audiences audience crowd crowds students members officials investigators police jurors jury court
  committee senators colleagues friends followers donors delegates`);

/** Verbs that take a person and then the content ("told X that", "urged X to", "accused X of"). */
export const VERBS_WITH_ADDRESSEE =
  set(`tell ask urge encourage implore exhort press warn assure reassure remind inform notify brief
  accuse thank congratulate`);

/** Auxiliaries, negations and adverbs that belong to a cue ("has denied", "could not specify", "also said"). */
export const CUE_AUXILIARIES =
  set(`has have had 've 'd ’ve ’d will would could can did does do is are was were be been being 's ’s
  not n't never also later further repeatedly then again previously recently once often frequently publicly privately
  openly reportedly first already still even just now initially subsequently quickly immediately flatly firmly strongly
  sharply loudly angrily bluntly simply separately earlier specifically explicitly`);

/** Words of a time or manner adjunct between a cue and its content ("said Friday", "said in a statement that"). */
export const ADJUNCT_STARTERS = set(`of in on at during to after before with through via from over while when outside inside
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight last earlier later recently this
  morning afternoon evening night week month year again repeatedly publicly privately also separately previously
  privately late early`);

/** Modal frames that turn a reporting verb into uncertainty ("could not specify", "declined to say"). */
export const UNCERTAIN_FRAMES = [
  /^(could|can|would|did|does|do) not$/,
  /^(could|can|would|did|does|do)n['’]t$/,
  /^(declined|refused|decline|declines|refuses|refusing|declining) to$/,
  /^(wouldn|couldn|didn|doesn|don)['’]t$/,
];

/** Subject pronouns and the kind of antecedent they take. */
export type PronounKind = 'male' | 'female' | 'plural' | 'neuter' | 'speaker';
export const PERSONAL_PRONOUNS: ReadonlyMap<string, PronounKind> = new Map(
  Object.entries<PronounKind>({
    he: 'male',
    she: 'female',
    they: 'plural',
    it: 'neuter',
    we: 'speaker',
    i: 'speaker',
  }),
);

/** Words that end a subject scanned leftwards from the cue. */
export const SUBJECT_STOPS =
  set(`that but while because although though when if as since after before which who where whom so than
  whether until unless once and or nor whose why how what`);

/** Leading words of a clause that are not part of its subject ("But officials said"). */
export const LEADING_CONJUNCTIONS = set(`but and so yet still however meanwhile also instead now then later earlier separately
  indeed moreover furthermore`);

/** Words that begin a clause after a verb of thought ("believes the plan will fail" needs a verb; these start one). */
export const CLAUSE_OPENERS = set(`that whether if how why what when where who which there`);

/** Finite auxiliaries and modals: a clause has one of these or a finite verb. */
export const FINITE_AUXILIARIES = set(`is are was were has have had will would can could may might must should shall do does did
  isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't can't couldn't mustn't shouldn't don't doesn't didn't
  isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t can’t couldn’t mustn’t shouldn’t don’t doesn’t didn’t
  's ’s 're ’re 'll ’ll 'd ’d 've ’ve`);

/** Captions that credit a picture or recording to a source ("Image: Jane Doe."). */
export const CREDIT_LABELS = set(`image photo photograph picture video audio credit illustration graphic footage`);

/** Labels before a colon that never introduce a speaker ("Note:", "Update:"). */
export const NON_SPEAKER_LABELS =
  set(`note update updated editor editors sources source related watch read more see also video image
  photo photograph picture caption credit advertisement correction clarification disclosure warning subscribe follow share
  listen contact email tel phone fax address date time location where when what who why how q a question answer`);

/** Nouns that describe an organization, and the heads of names they fit ("the monitor" fits an Observatory). */
export const ORGANIZATION_DESCRIPTORS: ReadonlyMap<string, string[]> = new Map(
  Object.entries({
    monitor: ['Observatory', 'Watch', 'Monitor', 'Monitoring', 'Mission'],
    watchdog: ['Observatory', 'Watch', 'Monitor', 'Commission', 'Authority', 'Agency'],
    group: [
      'group',
      'Group',
      'Front',
      'Movement',
      'Brigade',
      'Brigades',
      'Army',
      'Organization',
      'Organisation',
      'Party',
      'Network',
    ],
    organization: ['Organization', 'Organisation', 'Group', 'Association', 'Foundation', 'Watch', 'Observatory', 'Institute'],
    organisation: ['Organization', 'Organisation', 'Group', 'Association', 'Foundation', 'Watch', 'Observatory', 'Institute'],
    agency: ['Agency', 'Authority', 'Administration', 'Bureau', 'Service'],
    ministry: ['Ministry', 'Department'],
    department: ['Department', 'Ministry'],
    company: ['Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'PLC', 'Group', 'Holdings'],
    firm: ['Company', 'Corporation', 'Corp', 'Inc', 'Ltd', 'PLC', 'Group', 'Holdings', 'Partners'],
    militia: ['Militia', 'Brigade', 'Brigades', 'Forces', 'Front', 'group'],
    movement: ['Movement', 'Front', 'group'],
    party: ['Party'],
    network: ['Network', 'News', 'Television', 'TV'],
    newspaper: ['Times', 'Post', 'Herald', 'Tribune', 'Journal', 'Gazette', 'Telegraph', 'Guardian', 'News'],
    paper: ['Times', 'Post', 'Herald', 'Tribune', 'Journal', 'Gazette', 'Telegraph', 'Guardian', 'News'],
    observatory: ['Observatory'],
    court: ['Court', 'Tribunal'],
    commission: ['Commission'],
    committee: ['Committee'],
    council: ['Council'],
    campaign: ['campaign', 'Campaign'],
    university: ['University', 'College'],
    institute: ['Institute', 'Institution'],
  }),
);
