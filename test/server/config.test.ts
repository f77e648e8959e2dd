import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to port 4000 on the embedded database in ./.data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, dataDir: './.data' });
  });

  it('reads DATABASE_URL, PORT and DATA_DIR', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/db', PORT: '5000', DATA_DIR: '/tmp/x' });
    expect(config).toMatchObject({ port: 5000, databaseUrl: 'postgresql://u@h:5432/db', dataDir: '/tmp/x' });
  });

  it('stops on a bad setting with a message naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT="eighty"/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL="mysql:\/\/x": must be a postgres/);
  });
});
