// Runs under --cpu-prof for profile.mjs: warm analyses of about BYTES of text, repeated for at least
// three seconds (prints one JSON line). Only samples inside `measuredAnalyses` are summarised.
import { ours } from './lib/engines.mjs';
import { articles, textOfSize } from './lib/corpus.mjs';

const engine = ours();
for (let i = 0; i < 20; i++) engine.run(articles()[0].text);
const { text, bytes } = textOfSize(Number(process.argv[2]));

function measuredAnalyses() {
  const times = [];
  const started = performance.now();
  do {
    const t = performance.now();
    engine.found(engine.run(text));
    times.push(performance.now() - t);
  } while (performance.now() - started < 3000);
  return times;
}

const times = measuredAnalyses();
times.sort((a, b) => a - b);
console.log(JSON.stringify({ bytes, runs: times.length, ms: times[Math.floor(times.length / 2)] }));
