import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Policy } from '../auth/declarations';
import type { leases, managementMandates } from '../db/schema';
import type { Ctx } from '../graphql/context';
import { expectGlobalId, toGlobalId } from '../graphql/node';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { Person } from '../identity/identity.types';
import { Lot } from '../portfolio/portfolio.types';
import { Lease, ManagementMandate } from './leasing.types';
import { recordLeaseEvent } from './lease.service';
import { agencyToday } from '../db/calendar';

type MandateRow = typeof managementMandates.$inferSelect;
type LeaseRow = typeof leases.$inferSelect;

@Resolver(() => ManagementMandate)
export class ManagementMandateResolver {
  @FieldResolver(() => ID)
  id(@Root() mandate: MandateRow) {
    return toGlobalId('ManagementMandate', mandate.id);
  }

  @FieldResolver(() => Person, { nullable: true })
  owner(@Root() mandate: MandateRow, @Context() ctx: Ctx) {
    return ctx.loaders.personById.loadNow(mandate.ownerPersonId);
  }

  @FieldResolver(() => [Lot], { description: 'Lots under the mandate that the viewer may see.' })
  async lots(@Root() mandate: MandateRow, @Context() ctx: Ctx) {
    const links = await ctx.loaders.lotIdsOfMandate.load(mandate.id);
    const rows = await ctx.loaders.lotById.loadMany(links.map((link) => link.lotId));
    return rows.filter((row) => row && !(row instanceof Error));
  }
}

@Resolver(() => Lease)
export class LeaseResolver {
  @FieldResolver(() => ID)
  id(@Root() lease: LeaseRow) {
    return toGlobalId('Lease', lease.id);
  }

  @FieldResolver(() => Boolean, { description: 'The tenant has not left as of today (a tenant under notice still has).' })
  isActive(@Root() lease: LeaseRow) {
    return lease.departureDate === null || lease.departureDate > agencyToday();
  }

  @FieldResolver(() => Lot, { nullable: true })
  lot(@Root() lease: LeaseRow, @Context() ctx: Ctx) {
    return ctx.loaders.lotById.loadNow(lease.lotId);
  }

  @FieldResolver(() => Person, { nullable: true })
  tenant(@Root() lease: LeaseRow, @Context() ctx: Ctx) {
    return ctx.loaders.personById.loadNow(lease.tenantPersonId);
  }

  @Policy('lease.recordNotice')
  @Mutation(() => Lease, { description: "Records the tenant's notice (préavis)." })
  recordLeaseNotice(@Arg('leaseId', () => ID) leaseId: string, @Arg('noticeDate', () => LocalDateScalar) noticeDate: string, @Context() ctx: Ctx) {
    return recordLeaseEvent(ctx, 'notice', expectGlobalId(leaseId, 'Lease', 'leaseId'), noticeDate);
  }

  @Policy('lease.recordDeparture')
  @Mutation(() => Lease, { description: "Records the tenant's departure." })
  recordLeaseDeparture(@Arg('leaseId', () => ID) leaseId: string, @Arg('departureDate', () => LocalDateScalar) departureDate: string, @Context() ctx: Ctx) {
    return recordLeaseEvent(ctx, 'departure', expectGlobalId(leaseId, 'Lease', 'leaseId'), departureDate);
  }
}
