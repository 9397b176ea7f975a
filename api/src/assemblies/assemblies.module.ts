import { assemblyRules } from '../auth/rules/assemblies';
import type { ModuleManifest } from '../module-manifest';
import { assemblyLoaders } from './assembly.loaders';
import { AssemblyRootResolver, GeneralAssemblyResolver } from './assembly.resolver';
import { AssemblyParticipantResolver, ParticipantRootResolver, PostalVoteEntryResolver, PostalVoteReceiptResolver } from './participant.resolver';
import { AssemblyReportFieldResolver, AssemblyReportRootResolver, ReportAttendeeResolver } from './report/report.resolver';
import { AssemblyConvocationFieldResolver, AssemblyConvocationRootResolver } from './convocation/convocation.resolver';
import { RemoteAssemblyFieldResolver, RemoteAssemblyRootResolver, RemoteParticipantFieldResolver } from './remote/remote.resolver';
import { Art22ReductionResolver, ResolutionResolver, ResolutionRootResolver } from './resolution.resolver';

/** General assemblies: participants, attendance, postal and room votes, the majorities of the law of 1965, the minutes. */
export const assembliesModule: ModuleManifest = {
  name: 'assemblies',
  resolvers: [
    GeneralAssemblyResolver,
    AssemblyRootResolver,
    AssemblyParticipantResolver,
    PostalVoteReceiptResolver,
    PostalVoteEntryResolver,
    ParticipantRootResolver,
    ResolutionResolver,
    Art22ReductionResolver,
    ResolutionRootResolver,
    AssemblyReportFieldResolver,
    ReportAttendeeResolver,
    AssemblyReportRootResolver,
    AssemblyConvocationFieldResolver,
    AssemblyConvocationRootResolver,
    RemoteAssemblyFieldResolver,
    RemoteParticipantFieldResolver,
    RemoteAssemblyRootResolver,
  ],
  loaders: assemblyLoaders,
  nodes: {
    GeneralAssembly: (ctx, id) => ctx.loaders.assemblyById.load(id),
    AssemblyParticipant: (ctx, id) => ctx.loaders.participantById.load(id),
    Resolution: (ctx, id) => ctx.loaders.resolutionById.load(id),
  },
  rules: assemblyRules,
};
