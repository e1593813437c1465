// Words around a number that decide how it reads: whether a word is a number at all, where a
// fraction ends, what a number counts. General English only.
import { set } from './tables';

/** After "second": not the ordinal but a phrase ("second hand", "second half"). */
export const SECOND_COMPOUNDS = set(`hand half`);
/** "second" after these words, with nothing or these words after it, is the unit of time ("wait a second", "a second later"). */
export const SECOND_OF_TIME_BEFORE = set(`a one per every split`);
export const SECOND_OF_TIME_AFTER = set(`ago later earlier or and`);

/** Words that may follow a singular fraction ("a third of", "a fifth is"), unlike an ordinal's noun ("a third term"). */
export const FRACTION_FOLLOWERS = set(`of and or to than more less is was are were million billion trillion thousand`);
/** "one" after these words is a pronoun, not a count ("no one", "which one", "the one"). */
export const ONE_PRONOUN_AFTER = set(`no any which every some each the this that`);
/** "one" before these words is a pronoun or part of a phrase ("one another", "on one side", "one of them", "one who"). */
export const ONE_PRONOUN_BEFORE = set(`another side day way thing time hand of 's ’s who which that point you do is`);

/**
 * Compounds of a number word that state no quantity ("a one-stop shop", "a two-way street", "a
 * first-hand account"): the number word and the word joined to it ("one-on" for "one-on-one"). Other
 * compounds count their second word ("a three-member panel", "a three-time champion").
 */
export const FIXED_COMPOUNDS = set(`
  one-stop one-off one-way one-sided one-on one-to one-time one-liner one-liners one-size one-horse one-track one-armed
  one-upmanship two-way two-faced two-edged two-bit two-sided two-dimensional three-dimensional
  first-hand second-hand first-rate second-rate third-rate first-class second-class third-class first-degree
  second-degree third-degree first-time third-party first-person third-person second-guess second-guessing
  first-string second-string zero-sum zero-tolerance zero-gravity
`);

/** Words that join a number to itself in a compound ("one-on-one", "one-to-one", "two-by-two"). */
export const NUMBER_PAIR_LINKS = set(`on to by`);

/** Words before the noun a number counts, passed over ("300 of the protesters", "his 3 children"). */
export const COUNT_DETERMINERS = set(`the his their`);
/** Words that end the search for what a number counts ("5 were hurt", "10 and more"). */
export const COUNT_STOPS = set(`and or but who which that were was are is had have has will would`);

/** Words before a number that make it an age ("aged 35", "age 87"). */
export const AGE_PREFIXES = set(`aged age ages`);

/** Words before "half" that make it a number ("more than half", "about half"). */
export const HALF_QUALIFIERS = set(`than about nearly almost over under`);
