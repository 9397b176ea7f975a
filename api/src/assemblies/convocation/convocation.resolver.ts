import { Arg, Ctx as Context, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Policy } from '../../auth/declarations';
import type { Ctx } from '../../graphql/context';
import type { AssemblyRow } from '../assembly-state';
import { GeneralAssembly } from '../assembly.types';
import { publishConvocations } from './publish-convocations.service';

@Resolver(() => GeneralAssembly)
export class AssemblyConvocationFieldResolver {
  @FieldResolver(() => Date, { nullable: true, description: 'When the convocations with their postal voting forms were published (publishConvocations).' })
  convocationsPublishedAt(@Root() assembly: AssemblyRow) {
    return assembly.convocationsPublishedAt;
  }
}

@Resolver()
export class AssemblyConvocationRootResolver {
  @Policy('assembly.publishConvocations')
  @Mutation(() => GeneralAssembly, {
    description:
      'Publishes the convocations: for every co-owner called, one PDF with the convocation and their postal voting form (arrêté of 2 July 2020: identity, syndic, deadline, each question with pour / contre / abstention), a personal document in "Assemblées Générales", announced by e-mail. Once per AG (CONFLICT CONVOCATIONS_PUBLISHED), before the postal deadline (POSTAL_VOTE_CLOSED), with an agenda (AGENDA_EMPTY). Needs document.publish too.',
  })
  publishConvocations(@Arg('assemblyId', () => ID) assemblyId: string, @Context() ctx: Ctx) {
    return publishConvocations(ctx, assemblyId);
  }
}
