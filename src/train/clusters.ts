// Word clusters for the tagger's features, from models/word-clusters.txt (one "word<TAB>coarse<TAB>middle<TAB>fine"
// a line); an absent file means no clusters.
import * as fs from 'node:fs';

export function readClusters(file: string): Map<string, number> {
  const clusters = new Map<string, number>();
  if (!fs.existsSync(file)) return clusters;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const [word, coarse, middle, fine] = line.split('\t');
    if (!word || fine === undefined) continue;
    clusters.set(word, packCluster(Number(coarse), Number(middle), Number(fine)));
  }
  return clusters;
}

/** Three cluster numbers in one (8, 10 and 12 bits), as FormTable reads them. */
export function packCluster(coarse: number, middle: number, fine: number): number {
  return ((coarse & 0xff) * (1 << 22) + (middle & 0x3ff) * (1 << 12) + (fine & 0xfff)) >>> 0;
}
