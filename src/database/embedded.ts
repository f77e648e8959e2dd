// The embedded database: PostgreSQL compiled to WebAssembly (PGlite), served on a loopback port
// by pglite-socket so the very same pg driver, Prisma adapter and SQL run against it as against a
// real PostgreSQL. PGlite is a single session: the socket server queues statements and keeps a
// transaction's statements together, so concurrency is correct but serial. NOTIFY does not
// cross its connections, which is why realtime never depends on NOTIFY alone.
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  /** Where the data lives: a folder, or "memory". */
  location: string;
  close(): Promise<void>;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string | 'memory';
  maxConnections: number;
}): Promise<EmbeddedPostgres> {
  const inMemory = options.dataDir === 'memory';
  const location = inMemory ? 'memory' : path.resolve(options.dataDir);
  let unlock = async () => {};
  if (!inMemory) {
    await mkdir(location, { recursive: true });
    unlock = await lockDataDir(location);
  }
  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir: inMemory ? 'memory://' : location });
  } catch (error) {
    await unlock();
    throw error;
  }
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: options.maxConnections,
  });
  await server.start();
  return {
    url: `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`,
    location,
    async close() {
      await server.stop();
      await db.close();
      await unlock();
    },
  };
}

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

/**
 * PGlite is a single process's database: a second process opening the same folder would corrupt
 * it. A lock file holding the owner's pid keeps a second server out; a stale one (its process is
 * gone) is taken over.
 */
async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, 'gtm-graph.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (owner && isAlive(owner)) {
        throw new DataDirInUseError(`The embedded database in ${dir} is in use by process ${owner}`);
      }
      await rm(file, { force: true });
    }
  }
  throw new DataDirInUseError(`Could not lock the embedded database in ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
