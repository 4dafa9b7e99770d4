// The API alone (scale it separately from the workers).
import { configOrExit } from './boot.js';
import { startRuntime } from './runtime.js';
import { closeOnSignals } from './shutdown.js';

const config = configOrExit();
const runtime = await startRuntime(config, { api: true, inboundSmtp: true, migrate: true });
closeOnSignals(() => runtime.close(), runtime.ctx.log);
await runtime.app!.listen({ host: config.HOST, port: config.PORT });
