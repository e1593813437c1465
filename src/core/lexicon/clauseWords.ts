// The small words and marks that shape the clause around a reporting cue: where a subject ends,
// what makes a verb form a noun, which words open an adjunct, a quotation or a new clause.
// Lower case; the rules look them up by a token's `lower`.

const set = (words: string) => new Set(words.trim().split(/\s+/));

// ── Punctuation ────────────────────────────────────────────────────────────────────────────────

export const OPEN_QUOTES = set(`“ « „`);
export const CLOSE_QUOTES = set(`” »`);
export const DASHES = set(`— ― – - --`);
/** Marks that end a clause inside a sentence. */
export const CLAUSE_BREAKS = set(`, ; : ( ) — – ―`);
export const SENTENCE_MARKS = set(`. ! ? …`);
/** Marks trimmed from the end of a content span (closing quotes stay). */
export const TRAILING_MARKS = set(`. ! ? … , ; : — – ― -`);
/** Marks after which a sentence with a closing quote before it is not a new statement. */
export const QUOTE_SPLIT_MARKS = set(`? ! — – -`);

// ── Pronouns and determiners ───────────────────────────────────────────────────────────────────

export const RELATIVE_PRONOUNS = set(`who which that`);
export const POSSESSIVE_DETERMINERS = set(`his her their its our my`);
/** Speakers who report their own thoughts ("I think", "we believe"). */
export const FIRST_PERSON_SUBJECTS = set(`i we`);
/** Object pronouns: never the subject after an inverted cue ("said him"). */
export const OBJECT_PRONOUNS = set(`me us him her them you`);
/** Words before a verb form that make it a noun: determiners, quantifiers, prepositions ("the claims", "to the point"). */
export const NOUN_MARKERS = set(`
  the a an his her their its our my your this these those such of in on at for with by from about via through during over
  under per no any some every each one another latest new recent so
`);
/** Articles that a source's display name drops or a description opens with. */
export const ARTICLES = set(`the a an`);
/** Determiners that open a description standing for an organization ("the group", "this agency"). */
export const DESCRIPTION_DETERMINERS = set(`the a an this`);

// ── Prepositions ───────────────────────────────────────────────────────────────────────────────

/** Prepositions that never open a clause. */
export const PREPOSITIONS = set(`to of for about on in at with by from`);
/** Prepositions that may link a name into a subject ("head of the Observatory"). */
export const NAME_LINKS = set(`of for in at from on`);
/** Prepositions after a verb that make it report nothing ("responded with", "cited by"). */
export const NON_REPORTING_PREPOSITIONS = set(`by with of from into under like`);
/** Prepositions of a tail after an inverted source ("said one official at the ministry"). */
export const SOURCE_TAIL_PREPOSITIONS = set(`on at in for with of from to`);
/** Prepositions that end a noun phrase read rightwards. */
export const PHRASE_END_PREPOSITIONS = set(`in at on during to`);
/** Prepositions that follow a passive judgement ("accused of", "criticized for", "described as"). */
export const JUDGEMENT_PREPOSITIONS = set(`of for as`);
/** After "out", prepositions that make a cue of a verb with a particle ("spoke out against"). */
export const OUT_PREPOSITIONS = set(`about against on for`);

// ── Verbs and auxiliaries ──────────────────────────────────────────────────────────────────────

export const BE_FORMS = set(`is are was were be been being`);
/** Forms of "be", with the clitic, before a passive participle. */
export const PASSIVE_BE = set(`is are was were be been being 's ’s`);
/** Auxiliaries before a passive judgement ("has been criticized"). */
export const PASSIVE_AUXILIARIES = set(`is are was were be been being has have had 's ’s`);
/** Linking verbs before a stance adjective ("is critical of", "seemed sure that"). */
export const LINKING_VERBS = set(`
  is are was were be been being am 's ’s 're ’re seems seemed appears appeared remains remained became become becomes grew
  has have had
`);
/** Words before an -ing form that make it a verb in a progressive ("is saying", "are still arguing"). */
export const PROGRESSIVE_LEADERS = set(`is are was were been be am 's ’s 're ’re not also now still`);
/** Words before a bare form that make it a verb rather than a noun ("they report", "will claim"). */
export const VERB_LEADERS = set(`i we you they to will would could can may might must should did do does not n't also`);
/** Words before an -ing form that make it a participle cue ("while insisting", "before adding"). */
export const PARTICIPLE_LEADERS = set(`and while before after by without also even then`);
/** Verbs of opinion that a speaker's own "I think" uses inside a quotation. */
export const OPINION_LEMMAS = set(`think suspect believe guess`);
/** Forms of "decline" and "refuse" whose infinitive cue is uncertain ("declined to say"). */
export const REFUSAL_FORMS = set(`declined refused declines refuses decline refuse`);
/** Adverbs left out of the frame that decides a cue's stance ("did not immediately say"). */
export const FRAME_ADVERBS = set(`also immediately publicly still yet even just`);
/** Degree words between a linking verb and a stance adjective ("is very critical of"). */
export const DEGREE_WORDS = set(`very so too more most less not also still deeply increasingly`);
/** Words before "to say" in fixed phrases that report nothing ("needless to say", "is to say"). */
export const FIXED_SAY_LEADERS = set(`needless suffice is was`);
export const SAY_FORMS = set(`say said`);
/** Nouns that report a denial ("his denial that ..."). */
export const DENIAL_NOUNS = set(`denial denials rejection rejections`);
/** Reporting verbs that open a sentence before their source ("Said Ellis: ..."). */
export const SENTENCE_OPENING_CUES = set(`said says asked added wrote`);
/** Cue words that, first in a "NAME:" label, make it a cue rather than a speaker. */
export const LABEL_CUES = set(`said says asked added wrote told`);
/** Lemmas whose subject may be evidence that shows a noun phrase ("polls show a close race"). */
export const EVIDENCE_LEMMAS = set(`show find reveal suggest indicate project record`);
/** Lemmas that take an infinitive as their content ("agreed to talk"). */
export const INFINITIVE_LEMMAS = set(`agree promise pledge vow threaten offer decide plan hope refuse decline`);
/** Lemmas whose content must be a clause ("found that", not "found the body"). */
export const CLAUSE_ONLY_LEMMAS = set(`find show learn conclude rule read`);

// ── Clause structure ───────────────────────────────────────────────────────────────────────────

/** Words that start the complement of a present-tense verb ("states that", "claims the", "asks why"). */
export const COMPLEMENT_STARTS = set(`
  that the a an this these those his her their its our my your some any no every all many he she it they we i you him them
  us me whether if how why what when where who there not to
`);
/** Words after a present form that make it a noun ("states of", "comments and"). */
export const NOUN_FOLLOWERS = set(`of to for in on at and or`);
/** Words that start a new clause after a comma, ending the content before them. */
export const NEW_CLAUSE_WORDS = set(`
  who which whose where as while because after before since although though adding according but and in on at with when
  if than
`);
/** Words that link a cue to an elided subject ("and said", "but said"). */
export const ELIDED_SUBJECT_LINKS = set(`and but or then yet`);
/** Conjunctions that start the next cue's clause ("..., and he added"). */
export const CLAUSE_CONJUNCTIONS = set(`and but`);
/** Words that open a leading adverbial before a source, when no quote follows ("In a statement, X said, “C”"). */
export const QUOTE_ADVERBIAL_STARTS = set(`in on at after during speaking asked writing`);
/** Words that open a leading adverbial before a source ("After the vote, X said, ..."). */
export const ADVERBIAL_STARTS = set(`in on at after before during according speaking asked by from with for`);
/** Words that open an adverbial before the subject of a clause ("In a statement, ...", "However, ..."). */
export const SUBJECT_ADVERBIAL_STARTS = set(`
  in on at after before during for with without since from as while when although though because if last earlier later
  meanwhile however separately still speaking asked writing according like unlike despite under by
`);
/** Words that cannot be the source after an inverted cue ("C, said that ..."). */
export const NOT_INVERTED_SOURCES = set(`
  that it this there as if when because while though although after before since at in on to for with from during by of
  about me us him her them you
`);
/** Words that end a noun phrase read rightwards. */
export const PHRASE_END_WORDS = set(`which who that whose where when while as because after before said says told if`);
/** Words after "and" that continue a noun phrase ("the police and other agencies"). */
export const PHRASE_AND_CONTINUERS = set(`the a an other several some`);
/** Words trimmed from the start of a subject read leftwards. */
export const SUBJECT_LEADING_LINKS = set(`and of for in at from on by with to as than -`);
/** Discourse words trimmed from the start of a subject ("But officials said"). */
export const SUBJECT_DISCOURSE_WORDS = set(`but and so yet however meanwhile instead still now then`);
/** Words that end the object of a stance before a time adjunct or a new clause. */
export const OBJECT_ENDERS = set(`since during after before amid while when until because`);
/** Words that open the topic after a verb with an addressee ("told X about C"). */
export const ADDRESSEE_ENDERS = set(`to of for about on in at during after with`);
/** Words that may open an addressee ("told the local paper", "told state media"). */
export const ADDRESSEE_WORDS = set(`
  the a an his her their its our my your local state national news fellow senior top some several many two three other
`);
/** Words after "to" that make it open an addressee ("said to reporters"), not an infinitive. */
export const ADDRESSEE_OPENERS = set(
  `the a an his her their its our my your this that these those some several local state national`,
);
/** Particles that link the words of a name in a sign-off ("— Ana de la Cruz"). */
export const NAME_PARTICLES = set(`of the de van von al`);
/** Words before "called" that make it name something inside another report ("what he called"). */
export const NAMING_LEADERS = set(`what so -`);

// ── Time ───────────────────────────────────────────────────────────────────────────────────────

/** Days that date a cue or its subject ("said Friday", "Clinton on Friday said"). */
export const DAY_WORDS = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight`);
export const DAY_PARTS = set(`night morning afternoon evening`);
/** Words before a day that belong to the date ("on Friday", "last night"). */
export const DAY_LEADERS = set(`on last this`);
/** Time and manner words that run after a cue ("said Friday night", "said again"). */
export const TIME_RUN_WORDS = set(`
  night morning afternoon evening last this week month year earlier later again also publicly privately previously separately
  recently
`);
