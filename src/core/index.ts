// The engine's entry point: pure functions over strings, no `vscode` import.
export { analyze } from './analyze';
export type { Stage, StageErrorHandler } from './analyze';
export * from './types';
export * from './query';
