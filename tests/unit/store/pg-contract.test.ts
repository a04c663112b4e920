// The Store contract against PostgreSQL: each store in a fresh schema of the test server.
import { afterAll, describe } from "vitest";
import { openPostgresStore } from "../../../src/store/pg-store.ts";
import { freshSchema, type TestSchema, testDatabaseUrl } from "../../postgres/test-database.ts";
import { describeStoreContract } from "./contract.ts";

const schemas: TestSchema[] = [];
afterAll(async () => {
  for (const schema of schemas.splice(0)) await schema.drop();
});

describe.skipIf(testDatabaseUrl === null)("PostgreSQL", () => {
  describeStoreContract("PostgreSQL", async () => {
    const schema = await freshSchema("contract");
    schemas.push(schema);
    return openPostgresStore({ url: schema.url, schema: schema.schema, poolMax: 2 });
  });
});
