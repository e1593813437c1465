// Timing helpers: high-resolution clock, garbage collection between runs, medians.
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
/** A full collection, so that one run does not pay for the garbage of the last. */
export const collectGarbage = vm.runInNewContext('gc');

export function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Milliseconds of CPU (user + system) this process has used: unlike the clock, other processes on a
 * busy machine barely move it (the engine's own garbage-collector threads do count). */
export function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values) => quantile(values, 0.5);

export function round(value, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
