import { assertCan } from '../auth/policy';
import { binders } from '../db/schema';
import { writerAgencyId } from '../graphql/batch';
import type { Ctx } from '../graphql/context';
import type { BinderRow } from './binder-list.service';
import { binderName, rightsFor } from './binder-input';
import type { CreateBinderInput } from './document.types';

/** Adds a binder to a module with its rights (manual: "Classeurs": "créer de nouveaux"); a name taken in the module is CONFLICT UNIQUE_VIOLATION. */
export async function createBinder(ctx: Ctx, input: CreateBinderInput): Promise<BinderRow> {
  assertCan(ctx.actor, 'binder.manage');
  const agencyId = writerAgencyId(ctx.actor);
  const name = binderName(input.name);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(binders)
      .values({ agencyId, module: input.module, name, ...rightsFor(input.module, input), notifyByDefault: input.notifyByDefault ?? false })
      .returning();
    return row;
  });
}
