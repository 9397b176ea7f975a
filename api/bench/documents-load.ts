/**
 * The documents scenarios of issue 9: an agency with 200 000 documents (half personal, half
 * generic) over its 200 buildings; `viewer.documents` first page and `viewer.binders` counts for a
 * co-owner, a council member and a tenant; a download; `publishDocuments` of 1 000 in one batch.
 * Each beside its SQL floor (documents-data.ts), with its SQL statement count; on PostgreSQL the
 * documents are then doubled and every read probed again, to show the counts do not move.
 *
 *   BENCH_DOCUMENTS_SCALE=fraction of the 200 000 documents (1); 0 skips the scenario
 *   BENCH_SCENARIOS containing "documents" runs these (and the other scenarios it names)
 *
 * The floor runs before the server starts (PGlite allows one process a folder), the API after.
 */
import os from 'node:os';
import { cpuMeter, type CpuPerRequest } from './cpu';
import { documentFloorOps, generateDocuments, storeBenchPdf, type BindersAnswer, type PageAnswer } from './documents-data';
import { runLoops, type SqlClient } from './floor';
import { BENCH_PASSWORD } from './generate';
import type { BatchResult, DriverReport, LoadSummary, ScenarioResult } from './report';
import { body, load, post, probe, signIn, type ServerLog } from './scenarios';

const SCALE = Number(process.env.BENCH_DOCUMENTS_SCALE ?? 1);
export const DOCUMENTS_TOTAL = Math.round(200_000 * SCALE);
const PUBLISH_BATCH = 1_000;
const PUBLISH_BATCHES = 3;

/** Whether this run measures the documents (BENCH_SCENARIOS, when set, must name them). */
export function documentsSelected(only: string[] | undefined): boolean {
  return SCALE > 0 && (!only || only.some((part) => 'documents'.includes(part) || part.includes('documents')));
}

/** The three readers (generate.ts sign-ins): 8 lots in 3 buildings; the council of one building; a tenant with a current lease. */
const READERS = {
  coOwner: { login: 'BENCHCOPRO8', space: 'SYNDIC' },
  council: { login: 'BENCHCONSEIL', space: 'SYNDIC' },
  tenant: { login: 'LOC017101', space: 'GERANCE' },
} as const;
type Reader = keyof typeof READERS;
const READER_KEYS = Object.keys(READERS) as Reader[];

const PAGE = `query BenchDocumentsPage {
  viewer { documents(first: 20) { nodes { id title fileName byteSize publishedOn downloadUrl binder { id name } } pageInfo { hasNextPage endCursor } } }
}`;
const BINDERS = `query BenchBinders($space: Space!) { viewer { binders(space: $space) { id name documentCount } } }`;
const PUBLISH = `mutation BenchPublishDocuments($inputs: [PublishDocumentInput!]!) { publishDocuments(inputs: $inputs) { id } }`;

export interface DocumentsFloor {
  agencyId: string;
  personIds: Record<Reader, string>;
  expected: Record<Reader, { page: PageAnswer; binders: BindersAnswer }>;
  /** a document the co-owner may see (first of their page), for the download scenarios */
  download: { documentId: string };
  floors: Map<string, LoadSummary & { cpu: CpuPerRequest; loadAverage: number }>;
  publishFloorSeconds: number[];
  /** ids for the API's publication batch: buildings and co-owner accounts */
  targets: { buildingIds: string[]; accountIds: string[]; binderId: string };
  /** grows the documents (PostgreSQL, while the server runs) for the second probe */
  grow?: () => Promise<void>;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const tinyPdf = (label: string) => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

/** Scenario keys and what they measure, in the order they run. */
const SPECS: { key: string; description: string; reader: Reader; kind: 'page' | 'binders' | 'download' }[] = [
  ...READER_KEYS.flatMap((reader) => [
    {
      key: `documents page, ${reader}`,
      description: `${READERS[reader].login}: viewer.documents(first: 20) { title fileName byteSize publishedOn downloadUrl binder } over ${DOCUMENTS_TOTAL.toLocaleString('en-US')} documents`,
      reader,
      kind: 'page' as const,
    },
    {
      key: `documents binders, ${reader}`,
      description: `${READERS[reader].login}: viewer.binders(space: ${READERS[reader].space}) { name documentCount }`,
      reader,
      kind: 'binders' as const,
    },
  ]),
  {
    key: 'documents download',
    description: `${READERS.coOwner.login}: GET /files/documents/:id of a document of their page (fetch loops, not autocannon)`,
    reader: 'coOwner',
    kind: 'download',
  },
];

/** Generates the documents, measures the floor of every scenario and of the publication batch. */
export async function documentsFloor(
  report: DriverReport,
  client: SqlClient,
  options: {
    agencyId: string;
    filesDir: string;
    connections: number;
    durationS: number;
    warmupS: number;
    growClient?: () => Promise<{ client: SqlClient; close: () => Promise<void> }>;
  },
): Promise<DocumentsFloor> {
  const { agencyId } = options;
  const file = await storeBenchPdf(options.filesDir, agencyId);
  const countNow = async () => Number((await client.query<{ count: number | string }>('SELECT count(*) FROM documents WHERE agency_id = $1', [agencyId]))[0].count);
  // BENCH_REUSE: a kept database already holds them (and the documents of its publication batches).
  if ((await countNow()) < DOCUMENTS_TOTAL) {
    const started = performance.now();
    await generateDocuments(client, agencyId, file, 0, DOCUMENTS_TOTAL);
    await client.query('ANALYZE documents', []);
    report.generationSteps.push({ step: `documents (${DOCUMENTS_TOTAL.toLocaleString('en-US')})`, ms: Math.round(performance.now() - started) });
  }
  const count = await countNow();
  report.counts.documents = Number(count);

  const persons = await client.query<{ login: string; person_id: string }>('SELECT login, person_id FROM identities WHERE agency_id = $1 AND login = any($2::text[])', [
    agencyId,
    READER_KEYS.map((r) => READERS[r].login),
  ]);
  const personIds = Object.fromEntries(READER_KEYS.map((r) => [r, persons.find((p) => p.login === READERS[r].login)!.person_id])) as Record<Reader, string>;
  const ops = documentFloorOps(client, options.filesDir);
  // The floor's publication first: its documents are dated today, so they belong in every reader's expected page.
  const buildingIds = (await client.query<{ id: string }>('SELECT id FROM buildings WHERE agency_id = $1 ORDER BY code', [agencyId])).map((r) => r.id);
  const accountIds = (await client.query<{ id: string }>(`SELECT id FROM accounts WHERE agency_id = $1 AND kind = 'COOWNER' ORDER BY number, id LIMIT 500`, [agencyId])).map(
    (r) => r.id,
  );
  const [courriers] = await client.query<{ id: string }>(`SELECT id FROM binders WHERE agency_id = $1 AND module = 'SYNDIC' AND name = 'Courriers'`, [agencyId]);
  const publishFloorSeconds: number[] = [];
  for (let b = 0; b < PUBLISH_BATCHES; b++) {
    const rows = Array.from({ length: PUBLISH_BATCH }, (_, i) => ({
      binder_id: courriers.id,
      title: `Floor ${b}-${i}`,
      file_name: `floor-${b}-${i}.pdf`,
      bytes: tinyPdf(`floor ${b} ${i} ${process.pid}`),
      building_id: i % 2 ? null : buildingIds[i % buildingIds.length],
      account_id: i % 2 ? accountIds[i % accountIds.length] : null,
    }));
    const t0 = performance.now();
    await ops.publish(agencyId, rows);
    publishFloorSeconds.push((performance.now() - t0) / 1000);
  }

  const expected = {} as DocumentsFloor['expected'];
  for (const reader of READER_KEYS) {
    expected[reader] = { page: await ops.page(agencyId, personIds[reader]), binders: await ops.binders(agencyId, personIds[reader], READERS[reader].space) };
  }
  const [first] = await client.query<{ id: string }>(`SELECT d.id FROM documents d WHERE d.agency_id = $1 AND d.title = $2 LIMIT 1`, [agencyId, expected.coOwner.page.titles[0]]);
  const download = { documentId: first.id };

  const floors: DocumentsFloor['floors'] = new Map();
  for (const spec of SPECS) {
    const person = personIds[spec.reader];
    const op =
      spec.kind === 'page'
        ? () => ops.page(agencyId, person)
        : spec.kind === 'binders'
          ? () => ops.binders(agencyId, person, READERS[spec.reader].space)
          : () => ops.download(agencyId, person, download.documentId);
    await runLoops(op, options.connections, options.warmupS);
    const cpu = cpuMeter({ postgres: report.driver === 'postgres' });
    const summary = await runLoops(op, options.connections, options.durationS);
    floors.set(spec.key, { ...summary, cpu: cpu(summary.requests), loadAverage: os.loadavg()[0] });
  }

  const grow = options.growClient
    ? async () => {
        const other = await options.growClient!();
        try {
          await generateDocuments(other.client, agencyId, file, DOCUMENTS_TOTAL, 2 * DOCUMENTS_TOTAL);
          await other.client.query('ANALYZE documents', []);
        } finally {
          await other.close();
        }
      }
    : undefined;
  return { agencyId, personIds, expected, download, floors, publishFloorSeconds, targets: { buildingIds, accountIds, binderId: courriers.id }, grow };
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

interface Probed {
  page: { answer: PageAnswer; statements: number; downloadUrl: string };
  binders: { answer: BindersAnswer; statements: number };
}

/**
 * One request, twice: the fewer statements of the two, since the session's `last_seen_at` touch
 * adds one statement to the first request of each minute, whatever the request.
 */
async function probeTwice(server: { baseUrl: string; log: ServerLog }, payload: ReturnType<typeof body>, cookie: string) {
  const first = await probe(server.baseUrl, server.log, payload, cookie);
  const second = await probe(server.baseUrl, server.log, payload, cookie);
  return { data: second.data, statements: Math.min(first.statements, second.statements) };
}

async function probeReader(server: { baseUrl: string; log: ServerLog }, cookie: string, reader: Reader): Promise<Probed> {
  const page = await probeTwice(server, body(PAGE), cookie);
  const connection = (page.data.viewer as { documents: { nodes: { title: string; downloadUrl: string }[]; pageInfo: { hasNextPage: boolean } } }).documents;
  const binders = await probeTwice(server, body(BINDERS, { space: READERS[reader].space }), cookie);
  const list = (binders.data.viewer as { binders: { name: string; documentCount: number }[] }).binders;
  return {
    page: {
      answer: { titles: connection.nodes.map((n) => n.title), hasNextPage: connection.pageInfo.hasNextPage },
      statements: page.statements,
      downloadUrl: connection.nodes[0]?.downloadUrl ?? '',
    },
    binders: { answer: list.map((b) => [b.name, b.documentCount]), statements: binders.statements },
  };
}

/** GET of a download as the browser does it (cookie), failing on anything but the file. */
async function fetchDownload(baseUrl: string, url: string, cookie: string): Promise<{ requestId: string; bytes: number }> {
  const response = await fetch(`${baseUrl}${url}`, { headers: { cookie } });
  const bytes = (await response.arrayBuffer()).byteLength;
  if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('application/pdf')) throw new Error(`download ${url}: ${response.status}`);
  return { requestId: response.headers.get('x-request-id') ?? '', bytes };
}

/** Probes (answers against the floor, statement counts at two sizes on PostgreSQL), load runs, the publication batches. */
export async function documentsApi(
  report: DriverReport,
  server: { baseUrl: string; log: ServerLog; pid: number },
  floor: DocumentsFloor,
  options: { connections: number; durationS: number; warmupS: number; managerLogin: string },
): Promise<void> {
  const { baseUrl, log } = server;
  const cookies = {} as Record<Reader, string>;
  for (const reader of READER_KEYS) cookies[reader] = await signIn(baseUrl, READERS[reader].login, BENCH_PASSWORD);
  const manager = await signIn(baseUrl, options.managerLogin, BENCH_PASSWORD);

  const counts = new Map<string, number[]>();
  const record = (scenario: string, size: string, statements: number) => {
    report.listSizeProbes.push({ scenario, size, statements });
    counts.set(scenario, [...(counts.get(scenario) ?? []), statements]);
  };
  let downloadUrl = '';
  for (const reader of READER_KEYS) {
    const probed = await probeReader(server, cookies[reader], reader);
    const expected = floor.expected[reader];
    const visible = expected.binders.reduce((n, [, c]) => n + c, 0);
    record(`documents page, ${reader}`, `${DOCUMENTS_TOTAL.toLocaleString('en-US')} documents, ${visible} visible in the space`, probed.page.statements);
    record(`documents binders, ${reader}`, `${expected.binders.length} binders, ${visible} documents`, probed.binders.statements);
    for (const [what, api, floorAnswer] of [
      ['page', probed.page.answer, expected.page],
      ['binder counts', probed.binders.answer, expected.binders],
    ] as const) {
      report.checks.push({
        check: `documents ${what} of the ${reader} equals the floor's`,
        ok: sameJson(api, floorAnswer),
        detail: sameJson(api, floorAnswer)
          ? `identical (${JSON.stringify(api).slice(0, 120)}…)`
          : `API ${JSON.stringify(api).slice(0, 300)} ≠ floor ${JSON.stringify(floorAnswer).slice(0, 300)}`,
      });
    }
    if (reader === 'coOwner') downloadUrl = probed.page.downloadUrl;
  }
  if (downloadUrl !== `/files/documents/${globalId('Document', floor.download.documentId)}`) {
    report.checks.push({ check: 'documents download: the co-owner page starts with the floor’s document', ok: false, detail: downloadUrl });
  }
  {
    const offset = log.size;
    const { requestId } = await fetchDownload(baseUrl, downloadUrl, cookies.coOwner);
    record('documents download', 'one document', await log.statementsOf(requestId, offset));
  }

  for (const spec of SPECS) {
    const cookie = cookies[spec.reader];
    const run = async (durationS: number) => {
      if (spec.kind === 'download') {
        const measured = await runLoops(() => fetchDownload(baseUrl, downloadUrl, cookie), options.connections, durationS);
        return { summary: measured, autocannonP50: Number.NaN, autocannonP99: Number.NaN, non2xx: measured.failures, errors: 0, path: '/files/documents/' };
      }
      const payload = spec.kind === 'page' ? body(PAGE) : body(BINDERS, { space: READERS[spec.reader].space });
      const measured = await load({ baseUrl, connections: options.connections, durationS, bodies: [payload], cookie });
      return { summary: measured.latencies.summary(measured.durationS), ...measured, path: payload.operationName };
    };
    await run(options.warmupS);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const offset = log.size;
    const cpu = cpuMeter({ serverPid: server.pid, postgres: report.driver === 'postgres' });
    const measured = await run(options.durationS);
    const cpuPerRequest = cpu(measured.summary.requests);
    const loadAverage = os.loadavg()[0];
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = log
      .linesSince(offset)
      .filter((l) => l.msg === 'request' && (spec.kind === 'download' ? (l as { path?: string }).path?.startsWith('/files/documents/') : l.operation === measured.path));
    const durations = lines.map((l) => l.durationMs ?? 0).sort((a, b) => a - b);
    const pct = (p: number) => durations[Math.min(durations.length - 1, Math.max(0, Math.ceil((p / 100) * durations.length) - 1))];
    const statements = lines.map((l) => l.sqlStatements ?? Number.NaN).sort((a, b) => a - b);
    const result: ScenarioResult = {
      scenario: spec.key,
      description: spec.description,
      api: {
        ...measured.summary,
        autocannonP50: measured.autocannonP50,
        autocannonP99: measured.autocannonP99,
        non2xx: measured.non2xx,
        errors: measured.errors,
        serverP50: pct(50),
        serverP99: pct(99),
        cpu: cpuPerRequest,
      },
      statements: {
        min: statements[0] ?? Number.NaN,
        median: statements[Math.floor(statements.length / 2)] ?? Number.NaN,
        max: statements.at(-1) ?? Number.NaN,
        requests: statements.length,
      },
      floor: { ...floor.floors.get(spec.key)!, statements: 1 },
      loadAverage,
      note: spec.kind === 'download' ? 'floor = the same visibility statement for that one document, then the file read from the same FileStore folder' : undefined,
    };
    report.scenarios.push(result);
    report.checks.push({
      check: `${spec.key}: every response 2xx without GraphQL errors`,
      ok: measured.non2xx === 0 && measured.errors === 0 && measured.summary.requests > 0,
      detail: `${measured.summary.requests} responses, non-2xx ${measured.non2xx}, errors ${measured.errors}`,
    });
    const ratio = result.api.p50 / result.floor.p50;
    report.checks.push({
      check: `target: ${spec.key} within 3× the SQL floor (p50)`,
      ok: ratio <= 3,
      detail: `${ratio.toFixed(2)}× (p50 ${result.api.p50.toFixed(2)} vs ${result.floor.p50.toFixed(2)} ms; req/s ${result.api.rps.toFixed(0)} vs ${result.floor.rps.toFixed(0)})`,
    });
  }

  await publishBatches(report, server, manager, floor);

  if (floor.grow) {
    await floor.grow();
    for (const reader of READER_KEYS) {
      const probed = await probeReader(server, cookies[reader], reader);
      const visible = probed.binders.answer.reduce((n, [, c]) => n + c, 0);
      record(`documents page, ${reader}`, `${(2 * DOCUMENTS_TOTAL).toLocaleString('en-US')} documents, ${visible} visible in the space`, probed.page.statements);
      record(`documents binders, ${reader}`, `${probed.binders.answer.length} binders, ${visible} documents`, probed.binders.statements);
    }
    const offset = log.size;
    const { requestId } = await fetchDownload(baseUrl, downloadUrl, cookies.coOwner);
    record('documents download', `one document of ${(2 * DOCUMENTS_TOTAL).toLocaleString('en-US')}`, await log.statementsOf(requestId, offset));
  }
  for (const [scenario, seen] of counts) {
    report.checks.push({
      check: `${scenario}: SQL statements independent of the number of documents`,
      ok: new Set(seen).size === 1,
      detail: `counts seen: ${[...new Set(seen)].join(', ')}${floor.grow ? ` at ${DOCUMENTS_TOTAL.toLocaleString('en-US')} and ${(2 * DOCUMENTS_TOTAL).toLocaleString('en-US')} documents` : ' (one size: PGlite)'}`,
    });
  }
}

/** `publishDocuments` of 1 000 small PDFs inline, half to buildings and half to co-owner accounts, as the manager; each batch timed. */
async function publishBatches(report: DriverReport, server: { baseUrl: string; log: ServerLog }, cookie: string, floor: DocumentsFloor): Promise<void> {
  const batch: BatchResult = { scenario: 'publishDocuments', rows: PUBLISH_BATCH, seconds: [], statements: [], floorSeconds: floor.publishFloorSeconds, floorStatements: 1 };
  for (let b = 0; b < PUBLISH_BATCHES; b++) {
    const inputs = Array.from({ length: PUBLISH_BATCH }, (_, i) => ({
      binderId: globalId('Binder', floor.targets.binderId),
      title: `Bench ${b}-${i}`,
      fileName: `bench-${b}-${i}.pdf`,
      contentType: 'application/pdf',
      contentBase64: tinyPdf(`api ${b} ${i} ${process.pid}`).toString('base64'),
      target:
        i % 2
          ? { accountId: globalId('Account', floor.targets.accountIds[i % floor.targets.accountIds.length]) }
          : { buildingId: globalId('Building', floor.targets.buildingIds[i % floor.targets.buildingIds.length]) },
    }));
    const offset = server.log.size;
    const t0 = performance.now();
    const answer = await post(server.baseUrl, body(PUBLISH, { inputs }), cookie);
    batch.seconds.push((performance.now() - t0) / 1000);
    const published = (answer.data?.publishDocuments as unknown[] | undefined)?.length;
    if (answer.errors?.length || published !== PUBLISH_BATCH) throw new Error(`publishDocuments batch ${b}: ${JSON.stringify(answer.errors ?? answer.data).slice(0, 500)}`);
    batch.statements.push(await server.log.statementsOf(answer.requestId, offset));
  }
  report.batches = [...(report.batches ?? []), batch];
  const med = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  report.checks.push({
    check: 'publishDocuments: statements a batch of 1 000',
    ok: new Set(batch.statements).size === 1,
    detail: `${[...new Set(batch.statements)].join(', ')} (floor ${batch.floorStatements} + the files); median ${med(batch.seconds).toFixed(2)} s vs floor ${med(batch.floorSeconds).toFixed(2)} s`,
  });
}
