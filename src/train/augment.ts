// Training copies in the layouts of wire copy that the corpora lack: headlines and slugs in capitals.
import type { RawDocument } from './corpus';

/** A copy of `doc` with about one line in five (at least one) in capitals; null when none can be. */
export function upperCaseLines(doc: RawDocument, rng: () => number): RawDocument | null {
  const lines = doc.text.split('\n');
  let changed = false;
  const out: string[] = [];
  const pick = Math.floor(rng() * lines.length);
  lines.forEach((line, i) => {
    const upper = line.toUpperCase();
    if ((i === pick || rng() < 0.2) && upper.length === line.length && line.length > 0) {
      out.push(upper);
      changed = true;
    } else out.push(line);
  });
  return changed ? { ...doc, id: `${doc.id}#capitals`, text: out.join('\n') } : null;
}
