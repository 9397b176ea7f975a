import { log } from '../observability/log';
import type { BackgroundJobs, RouteDeps } from '../module-manifest';
import { regenerateMarkedCoOwnerLists } from './co-owner-list.service';
import { queueDueDocumentNotifications } from './due-notifications.service';

/** How long after a mutation the marked co-owner lists are regenerated: a burst of writes (an import in batches) renders once. */
export const JOB_DELAYS = { coOwnerListsMs: 200, dueNotificationsMs: 15 * 60_000 };

const live = new Set<{ settle(): Promise<void> }>();

/** Runs every pending job now and waits for it (tests: "after commit" made observable). */
export async function settleDocumentJobs(): Promise<void> {
  for (const jobs of [...live]) await jobs.settle();
}

/**
 * The documents module's work after commit, one job at a time (a chain), so two regenerations of
 * the same building never race: regenerating the co-owner lists the triggers marked, a moment
 * after a mutation (debounced), and announcing the documents whose publication day has come
 * (every quarter of an hour). A failure is logged; the marks stay for the next run.
 */
export function documentJobs(deps: RouteDeps): BackgroundJobs {
  let chain: Promise<void> = Promise.resolve();
  let debounce: NodeJS.Timeout | null = null;
  let stopped = false;
  const run = (name: string, job: () => Promise<unknown>) => {
    chain = chain.then(job).then(
      () => undefined,
      (error: unknown) => log({ msg: 'documents job failed', job: name, error: String((error as Error)?.message ?? error) }),
    );
    return chain;
  };
  const coOwnerLists = () =>
    run('coOwnerLists', async () => {
      while ((await regenerateMarkedCoOwnerLists(deps)) > 0 && !stopped);
    });
  const dueNotifications = () =>
    run('dueNotifications', async () => {
      await queueDueDocumentNotifications(deps);
      await deps.mailer.deliverPending(deps.db);
    });
  const sweep = setInterval(() => void dueNotifications(), JOB_DELAYS.dueNotificationsMs);
  sweep.unref();
  const handle = {
    async settle() {
      if (debounce) {
        clearTimeout(debounce);
        debounce = null;
        void coOwnerLists();
      }
      await chain;
      await deps.mailer.idle();
    },
  };
  live.add(handle);
  return {
    afterMutation() {
      if (debounce || stopped) return;
      debounce = setTimeout(() => {
        debounce = null;
        void coOwnerLists();
      }, JOB_DELAYS.coOwnerListsMs);
      debounce.unref();
    },
    async stop() {
      stopped = true;
      clearInterval(sweep);
      if (debounce) clearTimeout(debounce);
      live.delete(handle);
      await chain;
      await deps.mailer.idle();
    },
  };
}
