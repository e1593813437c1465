// Timing helpers: the clock, the process's CPU time, quantiles.

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
