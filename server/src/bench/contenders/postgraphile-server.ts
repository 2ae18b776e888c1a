/**
 * Contender 2, run as its own process: PostGraphile 5 (amber preset, grafserv on node:http) over the
 * same tables as Qyzmet (`public` schema of DATABASE_URL), listening on PORT. Its schema is what
 * PostGraphile generates by itself: connections, conditions and relations from the foreign keys.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const port = Number(process.env.PORT);
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // Every column orderable and usable in conditions, indexed or not (as in v4): the queries state their order.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', (error) => { console.error(error); process.exit(1); });
await serv.addTo(server);
await pgl.getSchema();
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => { server.close(); void Promise.resolve(pgl.release()).finally(() => process.exit(0)); });
