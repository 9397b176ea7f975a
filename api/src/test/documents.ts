import fs from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { graphql } from './gql';
import type { PublishDocumentInput } from './gql/graphql';
import type { Client, TestApi } from './harness';

/** What the documents tests share: small valid files, publication, binder look-up, downloads. */

/** A small PDF that passes the content check (`%PDF-1.x` header, `%%EOF`), distinct per label. */
export function tinyPdf(label: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** A valid PNG of `width` × `height` grey pixels (IHDR, one IDAT of the exact row bytes, IEND; CRCs left at zero, which the check does not read). */
export function tinyPng(width = 2, height = 2): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width), 0x80);
  for (let row = 0; row < height; row++) rows[row * (1 + width)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** A real 543-byte baseline JPEG (CPython's imghdr test image "python.jpg", PSF licence). */
export const SMALL_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgQCwkLEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBD/wAARCAAQABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAABwQF/8QAJBAAAQQBBAICAwAAAAAAAAAAAQIDBAYFBwgSExEiABQJMTL/xAAVAQEBAAAAAAAAAAAAAAAAAAAABv/EACMRAAECBQMFAAAAAAAAAAAAAAECEQMEBQYhABIxFRZhgeH/2gAMAwEAAhEDEQA/ABSm0mobc8HmExLUlRzzEWPkJWW+ulrsaUVAseUgslSlH9LKuPryIKuWPZdskzXmm3fX5m2nF4GlVxx/HOpx4ks51+MiU/Iaad7UcUo4tILoS4kqcWkezS0hO/HvuRp0rO6hWnWO1UisZVuFi4GFeyEpmGepa5S5SWVPuciFKRFLgSrwetnyPIB+Vb4N9mKhQMzo5po9XLdDs9d6ZVix2VEhiL9kuNPxw2gEKcDQ/rs8AuA8VAe0vdl7VOYn+27flGAUgmITjbhSmCg3BYlyeWDkMolvw4KOp1KM6iCNvngZHwetf//Z',
  'base64',
);

/** Every file stored under a folder of the app's FileStore (e.g. 'documents', 'uploads'). */
export function storedFiles(filesDir: string, folder: string): string[] {
  const root = path.join(filesDir, folder);
  return fs.existsSync(root)
    ? fs
        .readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
    : [];
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
