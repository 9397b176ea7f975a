import type { ApolloClient } from '@apollo/client';
import { PersonByExternalIdQuery, UpsertPersonMutation } from './components/PersonForm';
import type { PersonChoice, PickedPerson } from './components/PersonChoiceFields';
import { rowErrorsOf, type RowErrors } from './form-errors';

/**
 * The person a relation form names: the one picked, or a new one created first through
 * upsertPersons (identity only). An upsert on a code already used would overwrite that person,
 * so a new person must bring a free code. Field errors come back on `<name>.<field>`.
 */
export async function resolvePerson(client: ApolloClient, name: string, choice: PersonChoice): Promise<{ person: PickedPerson } | { errors: RowErrors }> {
  if (choice.mode === 'existing') return choice.picked ? { person: choice.picked } : { errors: { [`${name}.personId`]: 'records.choice.error.pick' } };
  const externalId = choice.externalId.trim();
  const lookup = async () => (await client.query({ query: PersonByExternalIdQuery, variables: { externalId }, fetchPolicy: 'network-only' })).data?.personByExternalId ?? null;
  if (await lookup()) return { errors: { [`${name}.externalId`]: 'records.person.error.externalIdTaken' } };
  try {
    await client.mutate({
      mutation: UpsertPersonMutation,
      variables: { persons: [{ externalId, civility: choice.civility.trim() || null, displayName: choice.displayName.trim(), emails: [], phones: [], postalAddress: null }] },
    });
  } catch (error) {
    const found = rowErrorsOf(error);
    if (Object.keys(found).length === 0) throw error;
    return { errors: Object.fromEntries(Object.entries(found).map(([path, id]) => [path ? `${name}.${path}` : '', id])) };
  }
  const created = await lookup();
  if (!created) return { errors: { '': 'app.error.unexpected' } };
  return { person: { id: created.id, displayName: created.displayName, externalId } };
}

/**
 * After the person is created, the form's choice becomes that person: if the relation's own
 * mutation is then refused (a date before the purchase), sending again does not create them twice.
 */
export function pickedChoice(choice: PersonChoice, person: PickedPerson): PersonChoice {
  return { ...choice, mode: 'existing', picked: person, search: person.displayName };
}
