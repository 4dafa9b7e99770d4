// The `normalize` command of the contract: JSON lines in, JSON lines out, nothing else on stdout.
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { normalize } from '../../domain/normalize/index.js';

const question = z.discriminatedUnion('type', [
  z.object({ type: z.literal('scale'), min: z.number(), max: z.number() }),
  z.object({ type: z.literal('yes_no') }),
  z.object({ type: z.literal('choice'), options: z.array(z.object({ value: z.string(), label: z.string() })) }),
  z.object({ type: z.literal('free_text') }),
]);
const line = z.object({ id: z.union([z.string(), z.number()]), question, text: z.string() });

export async function runNormalize(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  let failures = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const raw of lines) {
    if (!raw.trim()) continue;
    let parsed: z.infer<typeof line>;
    try {
      parsed = line.parse(JSON.parse(raw));
    } catch (error) {
      failures++;
      process.stderr.write(`skipped a line that is not {"id","question","text"}: ${(error as Error).message.split('\n')[0]}\n`);
      continue;
    }
    const r = normalize(parsed.question, parsed.text);
    output.write(`${JSON.stringify({ id: parsed.id, status: r.status, value: r.value, traits: r.traits, confidence: r.confidence })}\n`);
  }
  return failures ? 1 : 0;
}
