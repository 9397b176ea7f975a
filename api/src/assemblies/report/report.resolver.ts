import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Guarded, Policy } from '../../auth/declarations';
import { Document } from '../../documents/document.types';
import type { Ctx } from '../../graphql/context';
import type { AssemblyRow } from '../assembly-state';
import { GeneralAssembly } from '../assembly.types';
import { resultsFor } from '../resolution.resolver';
import { buildReport, type AssemblyReportData, type ReportAttendee as AttendeeRow } from './report-data';
import { attendanceWords } from './report-printing';
import { AssemblyReport, ReportAttendee } from './report.types';
import { publishAssemblyReport } from './publish-report.service';

type ReportRow = AssemblyReportData & { publishedAt: Date | null };

/** GeneralAssembly's minutes fields (an extension of the assembly type, in this folder). */
@Resolver(() => GeneralAssembly)
export class AssemblyReportFieldResolver {
  @Guarded('assembly.readReport')
  @FieldResolver(() => AssemblyReport, {
    nullable: true,
    description: 'The minutes as data: managers and assemblies integrators always (a draft until published); co-owners of the building once published.',
  })
  async report(@Root() assembly: AssemblyRow, @Context() ctx: Ctx): Promise<ReportRow | null> {
    const state = await ctx.loaders.assemblyState.load(assembly.id);
    return state ? { ...buildReport(state, resultsFor(state)), publishedAt: state.assembly.reportPublishedAt } : null;
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The published procès-verbal (null before publication or where the document is not visible).' })
  minutesDocument(@Root() assembly: AssemblyRow, @Context() ctx: Ctx) {
    return assembly.minutesDocumentId ? ctx.loaders.documentById.loadNow(assembly.minutesDocumentId) : null;
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The published feuille de présence (null before publication or where the document is not visible).' })
  attendanceSheetDocument(@Root() assembly: AssemblyRow, @Context() ctx: Ctx) {
    return assembly.attendanceSheetDocumentId ? ctx.loaders.documentById.loadNow(assembly.attendanceSheetDocumentId) : null;
  }
}

@Resolver(() => ReportAttendee)
export class ReportAttendeeResolver {
  @FieldResolver(() => String)
  attendanceText(@Root() attendee: AttendeeRow) {
    return attendanceWords(attendee);
  }
}

@Resolver()
export class AssemblyReportRootResolver {
  @Policy('assembly.publishReport')
  @Mutation(() => GeneralAssembly, {
    description:
      'Publishes the minutes once the AG has started: freezes it, files the procès-verbal and the feuille de présence in "Assemblées Générales" for the building, and notifies absent, défaillant and opposing co-owners (CONFLICT REPORT_PUBLISHED the second time). Needs document.publish too.',
  })
  publishAssemblyReport(@Arg('assemblyId', () => ID) assemblyId: string, @Context() ctx: Ctx) {
    return publishAssemblyReport(ctx, assemblyId);
  }
}
