// `npm start`: migrate, then the API, the workers and (if enabled) the inbound SMTP listener in one process.
import { DEV_ADMIN_TOKEN } from '../config/config.js';
import { configOrExit } from './boot.js';
import { startRuntime } from './runtime.js';
import { closeOnSignals } from './shutdown.js';

const config = configOrExit();
const runtime = await startRuntime(config, { api: true, workers: true, inboundSmtp: true, migrate: true });
closeOnSignals(() => runtime.close(), runtime.ctx.log);
await runtime.app!.listen({ host: config.HOST, port: config.PORT });

const log = runtime.ctx.log;
log.info({ url: config.PUBLIC_BASE_URL, docs: `${config.PUBLIC_BASE_URL}/docs` }, 'Pols is running');
if (!config.twilioEnabled || !config.smtpEnabled) log.info('no provider credentials for some channels: those messages go to the local outbox (GET /v1/outbox)');
if (config.POLS_ADMIN_TOKEN === DEV_ADMIN_TOKEN) log.warn(`development operator token in use: ${DEV_ADMIN_TOKEN} (set POLS_ADMIN_TOKEN)`);
if (runtime.smtp) log.info({ port: runtime.smtp.port }, 'inbound SMTP listener for e-mail replies');
