// One handler per job name. A job name without a handler fails the boot, not the job.
import type { Job } from 'bullmq';
import type { AppContext } from '../app/context.js';
import { deliverMessage } from '../app/messages/deliver-message.js';
import { reconcile } from '../app/maintenance/reconcile.js';
import { planSchedules } from '../app/schedules/plan-schedules.js';
import { JOBS, type JobName } from './queues.js';

type Handler = (ctx: AppContext, job: Job) => Promise<unknown>;

export const HANDLERS: Record<JobName, Handler> = {
  'message.deliver': (ctx, job) => deliverMessage(ctx, JOBS['message.deliver'].payload.parse(job.data).messageId),
  'maintenance.reconcile': (ctx, job) => {
    JOBS['maintenance.reconcile'].payload.parse(job.data);
    return reconcile(ctx);
  },
  'schedules.plan': (ctx, job) => {
    const { scheduleId } = JOBS['schedules.plan'].payload.parse(job.data);
    return planSchedules(ctx, scheduleId ? { scheduleId } : {});
  },
};

export function handlerFor(name: string): Handler {
  const handler = HANDLERS[name as JobName];
  if (!handler) throw new Error(`no handler for job ${name}`);
  return handler;
}

export function assertEveryJobHasAHandler(): void {
  for (const name of Object.keys(JOBS)) if (!HANDLERS[name as JobName]) throw new Error(`job ${name} has no handler`);
}
