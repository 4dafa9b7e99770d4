// Answer normalization throughput on one core: a few thousand varied, realistic replies
// (scale, yes/no, choice and free text; short SMS and longer sentences with barriers), built
// deterministically from templates and normalized repeatedly for about two seconds (wall time);
// the rate is answers per CPU-second of this process, i.e. per core.
import { normalize, type QuestionSpec } from '../src/domain/normalize/index.js';

const SCALE5: QuestionSpec = { type: 'scale', min: 1, max: 5 };
const SCALE10: QuestionSpec = { type: 'scale', min: 1, max: 10 };
const YES_NO: QuestionSpec = { type: 'yes_no' };
const FREE: QuestionSpec = { type: 'free_text' };
const CHOICE: QuestionSpec = {
  type: 'choice',
  options: [
    { value: 'sms', label: 'SMS' },
    { value: 'email', label: 'E-mail' },
    { value: 'phone', label: 'Telefoon' },
    { value: 'app', label: 'App' },
  ],
};

const SHORT_SCALE = [
  '4', '3!', ' 5 ', 'een 4', '8/10', 'drie', 'goed', 'Prima', 'gaat wel', 'niet zo best', 'slecht', 'heel goed',
  'suuuper', 'goeed', 'gaat wl', 'kut', 'matig', '🙂', '😢', '👍', 'tussen 3 en 4', 'weet ik niet', 'hmm', 'STOP',
];
const LONG_SCALE = [
  'Gaat wel, maar ik heb geen oppas voor dinsdag',
  'Goed, de 2 kinderen zijn weer naar school',
  'slecht. de deurwaarder stond weer voor de deur, kunt u mij bellen?',
  'Vorige week een 2, nu een 4',
  'het gaat eigenlijk best goed, alleen mijn Nederlands is nog niet zo goed voor die baan',
  'Hoi, het gaat wel. Ik heb twee sollicitaties gedaan maar mijn dochter is ziek dus ik kan niet naar de workshop',
  'Niet zo goed eigenlijk. Ik slaap slecht door alle zorgen over geld.',
];
const YES_NO_REPLIES = ['ja', 'Ja hoor', 'jep', 'nee', 'nee hoor', 'helaas niet', 'nog niet', 'misschien', 'ja maar ik heb geen vervoer', 'Nee, ik ben ziek', 'tak', 'hayır', '👍'];
const CHOICE_REPLIES = ['1', 'B', 'de tweede', 'mail', 'bellen', 'sms graag', 'via de app', '7'];
const FREE_REPLIES = [
  'Ik heb geen oppas voor de kinderen',
  'mijn auto is kapot en de bus rijdt hier niet',
  'Het vervoer is nu geregeld, ik heb een fiets',
  'Ik zorg elke dag voor mijn zieke moeder',
  'Alles gaat goed, geen problemen',
  'Mijn huisbaas wil dat ik eruit ga voor het eind van de maand',
];
const SUFFIXES = ['', '!', ' hoor', ' 🙂', '.', ' eigenlijk', ', groetjes'];

function workload(): Array<[QuestionSpec, string]> {
  const out: Array<[QuestionSpec, string]> = [];
  for (const s of SUFFIXES) {
    for (const r of SHORT_SCALE) out.push([SCALE5, r + s], [SCALE10, r + s]);
    for (const r of LONG_SCALE) out.push([SCALE5, r + s]);
    for (const r of YES_NO_REPLIES) out.push([YES_NO, r + s]);
    for (const r of CHOICE_REPLIES) out.push([CHOICE, r + s]);
    for (const r of FREE_REPLIES) out.push([FREE, r + s]);
  }
  // Vary case and spacing so the mix is a few thousand distinct strings.
  const varied = out.flatMap(([q, t]) => [[q, t], [q, t.toUpperCase()], [q, `  ${t.toLowerCase()}`], [q, t.replace(/ /g, '  ')]] as Array<[QuestionSpec, string]>);
  return varied;
}

export async function benchNormalize(): Promise<{ name: string; value: number; unit: string; target?: number }> {
  const replies = workload();
  for (const [q, t] of replies.slice(0, 500)) normalize(q, t); // warm up the JIT
  let done = 0;
  const started = performance.now();
  // CPU time, not wall time: the figure is per core even when the machine is busy with other work.
  const cpuStart = process.cpuUsage();
  while (performance.now() - started < 2000) {
    for (const [q, t] of replies) normalize(q, t);
    done += replies.length;
  }
  const cpu = process.cpuUsage(cpuStart);
  const perSecond = Math.round(done / ((cpu.user + cpu.system) / 1e6));
  return { name: `normalize: answers per second (${replies.length} varied replies)`, value: perSecond, unit: 'answers/s', target: 20_000 };
}
