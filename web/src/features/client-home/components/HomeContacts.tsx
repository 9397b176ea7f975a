import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { Space } from '../../../gql/graphql';
import { ContactCards } from './ContactCards';
import { CouncilSection } from './CouncilSection';

// Its own query, so that the home page only places it: the contact card and the council load
// beside "Mes coordonnées" and "Mes biens" without waiting for them (and fail on their own).
const HomeContactsQuery = graphql(`
  query HomeContacts($space: Space!, $isSyndic: Boolean!, $withContacts: Boolean!) {
    viewer {
      # Asked only while the agency keeps "Contact agence" on (the API refuses it otherwise).
      contacts(space: $space) @include(if: $withContacts) {
        ...ContactCards_contacts
      }
      councilBuildings @include(if: $isSyndic) {
        id
        ...CouncilSection_building
      }
    }
  }
`);

export type HomeContactsProps = { space: Extract<Space, 'SYNDIC' | 'GERANCE'>; withContacts: boolean };

/** "Contacts syndic / agence" and, for council members, their council: on every client home. */
export function HomeContacts({ space, withContacts }: HomeContactsProps) {
  const { data } = useQuery(HomeContactsQuery, { variables: { space, isSyndic: space === 'SYNDIC', withContacts } });
  const viewer = data?.viewer;
  if (!viewer) return null;
  return (
    <>
      {viewer.contacts && <ContactCards contacts={viewer.contacts} space={space} />}
      {viewer.councilBuildings?.map((building) => (
        <CouncilSection key={building.id} building={building} />
      ))}
    </>
  );
}
