import { Arg, Ctx as Context, Mutation, Query, Resolver } from 'type-graphql';
import { Policy } from '../../auth/declarations';
import { ImportResult } from '../../graphql/batch';
import type { Ctx } from '../../graphql/context';
import { Person } from '../identity.types';
import { personByExternalId } from './person-by-external-id.service';
import { PersonInput } from './person-import.types';
import { upsertPersons } from './upsert-persons.service';

/** Back-office loading of persons (managers and `people:write` integrators): batches, idempotent, all or nothing. */
@Resolver()
export class PersonImportResolver {
  @Policy('person.upsert')
  @Mutation(() => ImportResult, { description: "Upserts up to 5 000 persons by the back-office's code (externalId)." })
  upsertPersons(@Arg('persons', () => [PersonInput]) persons: PersonInput[], @Context() ctx: Ctx) {
    return upsertPersons(ctx, persons);
  }

  @Policy('person.search')
  @Query(() => Person, { nullable: true, description: 'The person with this back-office code (externalId), or null (managers, `people:read` integrators).' })
  personByExternalId(@Arg('externalId', () => String) externalId: string, @Context() ctx: Ctx) {
    return personByExternalId(ctx, externalId);
  }
}
