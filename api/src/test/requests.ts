import type { Executor } from '../db/client';
import * as t from '../db/schema';
import { toGlobalId } from '../graphql/node';
import { buildAgency, buildBuilding, buildCoOwner, buildLot, buildPerson, type BuiltAgency, type BuiltBuilding, type BuiltLot } from './builders';
import { graphql } from './gql';
import type { IntegratorScope } from './gql/graphql';
import type { Client, TestApi } from './harness';

/** What the request tests share: the usual scene, operations, staged attachments, integrator tokens. */

/** A further manager of `agency` (a staff member with a sign-in), for assignment and notification tests. */
export async function buildManager(db: Executor, agency: BuiltAgency, options: { displayName: string; emails?: string[] }) {
  const person = await buildPerson(db, agency.id, { ...options, access: true });
  await db.insert(t.staffMembers).values({ agencyId: agency.id, personId: person.id });
  return { ...person, globalId: toGlobalId('Person', person.id) };
}

export interface RequestScene {
  agency: BuiltAgency;
  building: BuiltBuilding;
  /** The author's lot and the neighbour's, in the same building. */
  lot: BuiltLot;
  lot2: BuiltLot;
  lotId: string;
  manager: Client;
  /** A co-owner of `lot`, who opens the requests. */
  author: Client;
  /** A co-owner of `lot2`: same building, none of the author's rights. */
  neighbour: Client;
}

/** A fresh agency with one building, two lots, their two co-owners signed in and the agency's manager signed in. */
export async function buildRequestScene(api: TestApi, options: { buildingCode?: string } = {}): Promise<RequestScene> {
  const { db } = api.database;
  const agency = await buildAgency(db);
  const building = await buildBuilding(db, agency, options.buildingCode ? { code: options.buildingCode } : {});
  const [lot, lot2] = [await buildLot(db, agency, building), await buildLot(db, agency, building)];
  return {
    agency,
    building,
    lot,
    lot2,
    lotId: toGlobalId('Lot', lot.id),
    manager: await api.as(agency.manager.signIn),
    author: await api.as((await buildCoOwner(db, agency, { lot })).person.signIn),
    neighbour: await api.as((await buildCoOwner(db, agency, { lot: lot2 })).person.signIn),
  };
}

export const OPEN_REQUEST = graphql(`
  mutation TestOpenRequest($input: OpenRequestInput!) {
    openRequest(input: $input) {
      id
      title
      category
      status
      lot {
        id
        code
      }
      building {
        id
        code
      }
      author {
        id
        displayName
      }
    }
  }
`);

export const POST_MESSAGE = graphql(`
  mutation TestPostRequestMessage($input: PostRequestMessageInput!) {
    postRequestMessage(input: $input) {
      id
      text
      isInternal
      author {
        displayName
      }
      attachments {
        id
        fileName
        contentType
        byteSize
        url
      }
    }
  }
`);

export const SET_STATUS = graphql(`
  mutation TestSetRequestStatus($input: SetRequestStatusInput!) {
    setRequestStatus(input: $input) {
      id
      status
    }
  }
`);

export const ASSIGN = graphql(`
  mutation TestAssignRequest($input: AssignRequestInput!) {
    assignRequest(input: $input) {
      id
      assignee {
        id
        displayName
      }
    }
  }
`);

export const THREAD = graphql(`
  query TestRequestThread($id: ID!) {
    node(id: $id) {
      ... on ClientRequest {
        id
        title
        status
        author {
          displayName
        }
        assignee {
          displayName
        }
        messages(first: 100) {
          nodes {
            id
            text
            isInternal
            author {
              displayName
            }
            attachments {
              fileName
              url
            }
          }
        }
      }
    }
  }
`);

export const MY_REQUESTS = graphql(`
  query TestMyRequests($status: RequestStatus, $first: Int, $after: String) {
    viewer {
      requests(status: $status, first: $first, after: $after) {
        totalCount
        nodes {
          id
          title
          status
          messages(first: 100) {
            nodes {
              text
              isInternal
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const INBOX = graphql(`
  query TestInbox($status: RequestStatus, $buildingId: ID, $category: RequestCategory, $assigneeId: ID, $openedBefore: Date, $first: Int, $after: String) {
    requests(status: $status, buildingId: $buildingId, category: $category, assigneeId: $assigneeId, openedBefore: $openedBefore, first: $first, after: $after) {
      totalCount
      countsByStatus {
        status
        count
      }
      nodes {
        id
        title
        status
        category
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CREATE_TOKEN = graphql(`
  mutation RequestTestToken($name: String!, $scopes: [IntegratorScope!]!) {
    createApiToken(input: { name: $name, scopes: $scopes }) {
      token
    }
  }
`);

/** An integrator client of the manager's agency holding `scopes`. */
export async function requestIntegrator(api: TestApi, manager: Client, scopes: IntegratorScope[]): Promise<Client> {
  const token = (await manager.gql(CREATE_TOKEN, { name: `requests ${scopes.join(' ')}`, scopes })).data?.createApiToken.token;
  if (!token) throw new Error('token not created');
  return api.client({ authorization: `Bearer ${token}` });
}

/** Stages an attachment through POST /requests/uploads as `client`; the upload id, or the refusal. */
export async function stageAttachment(
  api: TestApi,
  client: Client,
  bytes: Buffer,
  name = 'photo-fuite.pdf',
): Promise<{ status: number; uploadId?: string; error?: { code: string; reason?: string } }> {
  const response = await fetch(`${api.url}/requests/uploads?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', cookie: client.sessionCookie },
    body: new Uint8Array(bytes),
  });
  const body = (await response.json()) as { uploadId?: string; error?: { code: string; reason?: string } };
  return { status: response.status, ...body };
}

/** Fetches a same-origin file URL as `client`: its status and bytes. */
export async function fetchAs(api: TestApi, client: Client, url: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${api.url}${url}`, { headers: { cookie: client.sessionCookie } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

export const CREATE_SUPPLIER = graphql(`
  mutation TestCreateSupplier($input: SupplierInput!) {
    createSupplier(input: $input) {
      id
      name
      isPartner
    }
  }
`);

export const CREATE_TICKET = graphql(`
  mutation TestCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) {
      id
      status
      description
      supplier {
        name
      }
    }
  }
`);

export const SET_TICKET_STATUS = graphql(`
  mutation TestSetTicketStatus($input: SetTicketStatusInput!) {
    setTicketStatus(input: $input) {
      id
      status
    }
  }
`);

export const ADD_TICKET_DOCUMENT = graphql(`
  mutation TestAddTicketDocument($input: AddTicketDocumentInput!) {
    addTicketDocument(input: $input) {
      id
      kind
      fileName
      amount
      url
    }
  }
`);

export const REQUEST_TICKET = graphql(`
  query TestRequestTicket($id: ID!) {
    node(id: $id) {
      ... on ClientRequest {
        ticket {
          id
          status
          description
          supplier {
            name
            trade
          }
          documents {
            kind
            amount
          }
        }
      }
    }
  }
`);

export const PARTNERS = graphql(`
  query TestPartners {
    partners {
      nodes {
        name
        trade
      }
    }
  }
`);
