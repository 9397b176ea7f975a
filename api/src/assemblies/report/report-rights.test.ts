import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../db/schema';
import { expectGlobalId, toGlobalId } from '../../graphql/node';
import { buildAssemblyBuilding, buildAssemblyScene, type AssemblyBuilding } from '../../test/assemblies';
import { holdAssembly, PUBLISH, REPORT, type ReportNode } from '../../test/assembly-report';
import { buildAgency, type BuiltAgency } from '../../test/builders';
import { errorCode, startTestApi, type Client, type TestApi } from '../../test/harness';

/** Who may read and publish an AG's minutes: co-owners before publication, another building, another agency, a forged id, an integrator. */

let api: TestApi;
let agency: BuiltAgency;
let home: AssemblyBuilding;
let manager: Client;

beforeAll(async () => {
  api = await startTestApi();
  ({ agency, home, manager } = await buildAssemblyScene(api));
});
afterAll(() => api.close());

const heldAssembly = () => holdAssembly(manager, home);

describe('who may read and publish the minutes', () => {
  it("hides the report and the results from the building's co-owners before publication", async () => {
    const { id } = await heldAssembly();
    const coOwner = await api.as(home.coOwners[2].signIn);
    const read = await coOwner.gql(REPORT, { id });
    expect(read.errors).toBeUndefined();
    const node = read.data!.node as ReportNode;
    expect(node.report).toBeNull();
    expect(node.resolutions.map((r) => r.result)).toEqual([null, null]);
    expect(errorCode(await coOwner.gql(PUBLISH, { id }))).toBe('FORBIDDEN');
  });

  it('refuses another building, another agency, a forged id and a reading integrator, writing nothing', async () => {
    const { id, r1 } = await heldAssembly();
    const elsewhere = await buildAssemblyBuilding(api.database.db, agency, ['100']);
    const neighbour = await api.as(elsewhere.coOwners[0].signIn);
    expect((await neighbour.gql(REPORT, { id })).data?.node).toBeNull();
    expect(errorCode(await neighbour.gql(PUBLISH, { id }))).toBe('FORBIDDEN');

    const other = await buildAgency(api.database.db);
    const otherManager = await api.as(other.manager.signIn);
    expect((await otherManager.gql(REPORT, { id })).data?.node).toBeNull();
    expect(errorCode(await otherManager.gql(PUBLISH, { id }))).toBe('NOT_FOUND');

    // A resolution's id where an assembly's is expected, and an assembly id that does not exist.
    expect(errorCode(await manager.gql(PUBLISH, { id: r1 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await manager.gql(PUBLISH, { id: toGlobalId('GeneralAssembly', '00000000-0000-4000-8000-000000000000') }))).toBe('NOT_FOUND');

    const [row] = await api.database.db
      .select()
      .from(t.generalAssemblies)
      .where(eq(t.generalAssemblies.id, expectGlobalId(id, 'GeneralAssembly')));
    expect(row.reportPublishedAt).toBeNull();
  });
});
