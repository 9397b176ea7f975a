import { Arg, Args, Ctx as Context, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Guarded, Policy } from '../auth/declarations';
import { PageArgs, pageWindow } from '../graphql/connection';
import type { Ctx } from '../graphql/context';
import { toGlobalId } from '../graphql/node';
import { LocalDateScalar } from '../graphql/scalars/local-date';
import { AllocationKey, Building } from '../portfolio/portfolio.types';
import { assemblyPage } from './assembly-list.service';
import { attendanceOf, type AssemblyRow } from './assembly-state';
import { AddResolutionInput, CreateGeneralAssemblyInput, SetAttendanceInput, UpdateGeneralAssemblyInput } from './assembly.inputs';
import { AssemblyParticipant, AssemblyParticipantConnection, AttendanceSummary, GeneralAssembly, GeneralAssemblyConnection, PresenceMode, Resolution } from './assembly.types';
import { markAll, setAttendance } from './attendance.service';
import { createGeneralAssembly } from './create-assembly.service';
import { assemblyDay, isOnlinePostalVoteOpen, postalVoteDeadline } from './engine/postal-deadline';
import { compareResolutionNumbers } from './engine/resolution-order';
import { addResolution } from './resolution.service';
import { updateGeneralAssembly } from './update-assembly.service';

@Resolver(() => GeneralAssembly)
export class GeneralAssemblyResolver {
  @FieldResolver(() => ID)
  id(@Root() assembly: AssemblyRow) {
    return toGlobalId('GeneralAssembly', assembly.id);
  }

  @FieldResolver(() => Building, { nullable: true, description: 'Null for an integrator without portfolio:read.' })
  building(@Root() assembly: AssemblyRow, @Context() ctx: Ctx) {
    return ctx.loaders.buildingById.loadNow(assembly.buildingId);
  }

  @FieldResolver(() => AllocationKey, { nullable: true, description: 'The key of the attendance sheet (null where the key is not visible).' })
  attendanceKey(@Root() assembly: AssemblyRow, @Context() ctx: Ctx) {
    return ctx.loaders.allocationKeyById.loadNow(assembly.attendanceKeyId);
  }

  @FieldResolver(() => LocalDateScalar, { description: 'The last day a postal form counts: three clear days before the AG (13/07 → 09/07).' })
  postalVoteDeadline(@Root() assembly: AssemblyRow) {
    return postalVoteDeadline(assemblyDay(assembly.startsAt));
  }

  @FieldResolver(() => Boolean, { description: 'Whether co-owners may still vote by post online (until the end of the deadline day).' })
  isPostalVoteOpen(@Root() assembly: AssemblyRow) {
    return assembly.reportPublishedAt === null && isOnlinePostalVoteOpen(new Date(), assembly.startsAt);
  }

  @Guarded('assembly.readTally')
  @FieldResolver(() => AttendanceSummary, { nullable: true, description: 'Totals per attendance code (managers; everyone once the minutes are published).' })
  async attendance(@Root() assembly: AssemblyRow, @Context() ctx: Ctx) {
    const state = await ctx.loaders.assemblyState.load(assembly.id);
    return state ? attendanceOf(state) : null;
  }

  @FieldResolver(() => AssemblyParticipantConnection, {
    description: 'The co-owners called, by name: all of them for managers; a co-owner sees their own until the minutes are published.',
  })
  participants(@Root() assembly: AssemblyRow, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return ctx.loaders.participantPages.load({ parentId: assembly.id, ...pageWindow(args) });
  }

  @FieldResolver(() => [Resolution], { description: 'The agenda, in order ("5" before "5.1" before "6").' })
  async resolutions(@Root() assembly: AssemblyRow, @Context() ctx: Ctx) {
    const rows = await ctx.loaders.resolutionsOfAssembly.load(assembly.id);
    return [...rows].sort((a, b) => compareResolutionNumbers(a.number, b.number));
  }

  @FieldResolver(() => AssemblyParticipant, { nullable: true, description: "The signed-in co-owner's own participation (null when not called)." })
  viewerParticipant(@Root() assembly: AssemblyRow, @Context() ctx: Ctx) {
    return ctx.loaders.viewerParticipantOf.load(assembly.id);
  }
}

@Resolver()
export class AssemblyRootResolver {
  @Policy('assembly.list')
  @Query(() => GeneralAssemblyConnection, { description: "General assemblies the caller may see (a building's, or all), latest first." })
  generalAssemblies(@Arg('buildingId', () => ID, { nullable: true }) buildingId: string | null, @Args(() => PageArgs) args: PageArgs, @Context() ctx: Ctx) {
    return assemblyPage(ctx, { ...args, buildingId });
  }

  @Policy('assembly.manage')
  @Mutation(() => GeneralAssembly, { description: "Creates an AG; participants are the building's co-owners on its date." })
  createGeneralAssembly(@Arg('input', () => CreateGeneralAssemblyInput) input: CreateGeneralAssemblyInput, @Context() ctx: Ctx) {
    return createGeneralAssembly(ctx, input);
  }

  @Policy('assembly.manage')
  @Mutation(() => GeneralAssembly, { description: 'Changes an AG: title, date (while nothing is voted), place, chair, secretary, scrutineers.' })
  updateGeneralAssembly(@Arg('input', () => UpdateGeneralAssemblyInput) input: UpdateGeneralAssemblyInput, @Context() ctx: Ctx) {
    return updateGeneralAssembly(ctx, input);
  }

  @Policy('assembly.manage')
  @Mutation(() => Resolution, { description: 'Adds a resolution to the agenda ("5.1" for a sub-resolution) under one of the building\'s keys.' })
  addResolution(@Arg('input', () => AddResolutionInput) input: AddResolutionInput, @Context() ctx: Ctx) {
    return addResolution(ctx, input);
  }

  @Policy('assembly.manage')
  @Mutation(() => GeneralAssembly, { description: '"Saisie des présences": codes and proxies, checked together (art. 22), written at once.' })
  setAttendance(@Arg('input', () => SetAttendanceInput) input: SetAttendanceInput, @Context() ctx: Ctx) {
    return setAttendance(ctx, input);
  }

  @Policy('assembly.manage')
  @Mutation(() => GeneralAssembly, { description: '"Tous présents", physically or remotely, keeping postal voters.' })
  markAllPresent(@Arg('assemblyId', () => ID) assemblyId: string, @Arg('mode', () => PresenceMode) mode: PresenceMode, @Context() ctx: Ctx) {
    return markAll(ctx, assemblyId, mode);
  }

  @Policy('assembly.manage')
  @Mutation(() => GeneralAssembly, { description: '"Tous absents", keeping postal voters.' })
  markAllAbsent(@Arg('assemblyId', () => ID) assemblyId: string, @Context() ctx: Ctx) {
    return markAll(ctx, assemblyId, 'ABSENT');
  }
}
