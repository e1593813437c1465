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
/** Words before "half" that make it a number ("more than half", "about half"). */
export const HALF_QUALIFIERS = set(`than about nearly almost over under`);
