import { graphql } from './gql';
import type { PublishDocumentInput } from './gql/graphql';
import type { Client, TestApi } from './harness';

/** What the documents tests share: small valid files, publication, binder look-up, downloads. */

/** A small PDF that passes the content check (`%PDF-1.x` header, `%%EOF`), distinct per label. */
export function tinyPdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

export const PUBLISH = graphql(`
  mutation TestPublishDocument($input: PublishDocumentInput!) {
    publishDocument(input: $input) {
      id
      title
      fileName
      byteSize
      publishedOn
      expiresOn
      isPublished
      downloadUrl
      sha256
      path
    }
  }
`);

const BINDERS = graphql(`
  query TestBinders($space: Space!) {
    viewer {
      binders(space: $space) {
        id
        name
        module
      }
    }
  }
`);

const CREATE_BINDER = graphql(`
  mutation TestCreateBinder($input: CreateBinderInput!) {
    createBinder(input: $input) {
      id
    }
  }
`);

export const SET_PUBLISHED = graphql(`
  mutation TestSetDocumentsPublished($ids: [ID!]!, $isPublished: Boolean!) {
    setDocumentsPublished(documentIds: $ids, isPublished: $isPublished) {
      id
      isPublished
    }
  }
`);

/** The id of a binder of the manager's agency by module and name. */
export async function binderId(manager: Client, module: 'SYNDIC' | 'GERANCE', name: string): Promise<string> {
  const result = await manager.gql(BINDERS, { space: module });
  const binder = result.data?.viewer?.binders.find((b) => b.name === name);
  if (!binder) throw new Error(`binder ${module} ${name} not found: ${JSON.stringify(result.errors)}`);
  return binder.id;
}

/** A new binder with its rights; its id. */
export async function createBinder(
  manager: Client,
  input: { module: 'SYNDIC' | 'GERANCE'; name: string; syndicLevel?: 'PRESIDENT' | 'COUNCIL' | 'ALL_COOWNERS' | null; owner?: boolean; tenant?: boolean },
) {
  const result = await manager.gql(CREATE_BINDER, { input });
  if (!result.data) throw new Error(`createBinder failed: ${JSON.stringify(result.errors)}`);
  return result.data.createBinder.id;
}

/** Publishes a small PDF titled `title`; the document's id and download link. */
export async function publishPdf(manager: Client, input: Omit<PublishDocumentInput, 'fileName' | 'contentType' | 'contentBase64'> & { fileName?: string }) {
  const result = await manager.gql(PUBLISH, {
    input: { fileName: `${input.title}.pdf`, contentType: 'application/pdf', contentBase64: tinyPdf(input.title).toString('base64'), ...input },
  });
  if (!result.data) throw new Error(`publishDocument failed: ${JSON.stringify(result.errors)}`);
  return result.data.publishDocument;
}

/** GET a path with the client's session cookie (or another client's headers): status and body. */
export async function download(api: TestApi, client: Client | null, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: Buffer }> {
  const response = await fetch(`${api.url}${path}`, { headers: { ...(client?.sessionCookie ? { cookie: client.sessionCookie } : {}), ...headers } });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}
