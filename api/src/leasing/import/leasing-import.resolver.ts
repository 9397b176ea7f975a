import { Arg, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import { Policy } from '../../auth/declarations';
import { ImportResult } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import { LeaseInput, ManagementMandateInput } from './leasing-inputs.types';
import { upsertLeases } from './upsert-leases.service';
import { upsertManagementMandates } from './upsert-management-mandates.service';

/** Back-office loading of mandates and leases (managers and `portfolio:write` integrators): batches, idempotent, all or nothing. */
@Resolver()
export class LeasingImportResolver {
  @Policy('mandate.upsert')
  @Mutation(() => ImportResult, { description: "Upserts up to 5 000 management mandates by code; lotCodes replace each mandate's lots." })
  upsertManagementMandates(@Arg('mandates', () => [ManagementMandateInput]) mandates: ManagementMandateInput[], @Context() ctx: Ctx) {
    return upsertManagementMandates(ctx, mandates);
  }

  @Policy('lease.upsert')
  @Mutation(() => ImportResult, { description: 'Upserts up to 5 000 leases by externalId; a notice or departure runs the access automation.' })
  upsertLeases(@Arg('leases', () => [LeaseInput]) leases: LeaseInput[], @Context() ctx: Ctx) {
    return upsertLeases(ctx, leases);
  }
}
