// `npm run bench`: runs every benchmark, prints a table and writes bench/results.json.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const benches: Array<[string, () => Promise<BenchResult>]> = [
  ['normalize', async () => (await import('./normalize.bench.js')).benchNormalize()],
  ['schedule planning', async () => (await import('./schedule.bench.js')).benchSchedulePlanning()],
  ['fan-out', async () => (await import('./fanout.bench.js')).benchFanout()],
  ['replies', async () => (await import('./replies.bench.js')).benchReplies()],
];

const results: Array<BenchResult & { ok: boolean | null }> = [];
for (const [label, run] of benches) {
  process.stderr.write(`running ${label}...\n`);
  const r = await run();
  // Targets are floors for throughput (per second) and ceilings for durations (seconds).
  const ok = r.target === undefined ? null : r.unit.endsWith('/s') ? r.value >= r.target : r.value <= r.target;
  results.push({ ...r, ok });
}

const rows = results.map((r) => [r.name, `${r.value.toLocaleString('en', { maximumFractionDigits: 2 })} ${r.unit}`, r.target === undefined ? '' : `${r.target.toLocaleString('en')} ${r.unit}`, r.ok === null ? '' : r.ok ? 'ok' : 'MISSED']);
const widths = [0, 1, 2, 3].map((i) => Math.max(...[['benchmark', 'result', 'target', ''], ...rows].map((row) => row[i]!.length)));
for (const row of [['benchmark', 'result', 'target', ''], ...rows]) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join('  '));
writeFileSync(join(here, 'results.json'), `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
