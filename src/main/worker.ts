// The workers alone: deliveries and the periodic reconciler.
import { configOrExit } from './boot.js';
import { startRuntime } from './runtime.js';
import { closeOnSignals } from './shutdown.js';

const config = configOrExit();
const runtime = await startRuntime(config, { workers: true });
closeOnSignals(() => runtime.close(), runtime.ctx.log);
runtime.ctx.log.info('worker started');
