import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { GuardedBy, Policy } from '../../auth/declarations';
import type { Ctx } from '../../graphql/context';
import type { AssemblyRow, ParticipantRow } from '../assembly-state';
import { AssemblyParticipant, GeneralAssembly } from '../assembly.types';
import { handAssemblyToProvider } from './hand-to-provider.service';

@InputType({ description: 'The AG and the integrator token of the remote-voting provider (AG Connect).' })
export class HandAssemblyToProviderInput {
  @Field(() => ID) assemblyId!: string;
  @Field(() => ID, { description: 'An API token of the agency holding assemblies:write.' }) apiTokenId!: string;
}

@Resolver(() => GeneralAssembly)
export class RemoteAssemblyFieldResolver {
  @FieldResolver(() => Date, { nullable: true, description: 'When the AG was handed to a remote-voting provider (handAssemblyToProvider).' })
  handedToProviderAt(@Root() assembly: AssemblyRow) {
    return assembly.handedToProviderAt;
  }
}

@Resolver(() => AssemblyParticipant)
export class RemoteParticipantFieldResolver {
  @GuardedBy('participant.readAccessCode', (participant: ParticipantRow, ctx: Ctx): Promise<AssemblyRow | null> => ctx.loaders.assemblyById.load(participant.assemblyId))
  @FieldResolver(() => String, { nullable: true, description: 'The personal access code of a remote AG: read by the provider it was handed to only (null for everyone else).' })
  remoteAccessCode(@Root() participant: ParticipantRow) {
    return participant.remoteAccessCode;
  }
}

@Resolver()
export class RemoteAssemblyRootResolver {
  @Policy('assembly.handToProvider')
  @Mutation(() => GeneralAssembly, {
    description:
      'Hands an upcoming, complete AG to a remote-voting provider (AG Connect): gives every participant a new personal access code that only that token reads; the provider hands the votes back through recordVotes. CONFLICT ASSEMBLY_NOT_UPCOMING, ASSEMBLY_INCOMPLETE.',
  })
  handAssemblyToProvider(@Arg('input', () => HandAssemblyToProviderInput) input: HandAssemblyToProviderInput, @Context() ctx: Ctx) {
    return handAssemblyToProvider(ctx, input);
  }
}
