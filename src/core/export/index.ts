// Exports of an article's annotations to files other tools read. Pure functions over strings.
export { BRAT_ANNOTATION_CONF, BRAT_NORMALIZATION_DB, readBrat, toBrat, type BratDocument, type BratTextBound } from './brat';
export { readJson, toJson } from './json';
export { CodePoints } from './offsets';
export {
  ANNOTATION_CONTEXT,
  anchorQuote,
  readWebAnnotation,
  toWebAnnotation,
  type WebAnnotation,
  type WebAnnotationCollection,
  type WebAnnotationMark,
} from './webAnnotation';
