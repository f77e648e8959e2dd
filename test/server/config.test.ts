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

  it('defaults to demo mode only on a loopback host without DATABASE_URL', () => {
    expect(loadConfig({}).auth.mode).toBe('demo');
    expect(loadConfig({ HOST: '0.0.0.0' }).auth.mode).toBe('required');
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/db' }).auth.mode).toBe('required');
    expect(loadConfig({ AUTH_MODE: 'demo', DATABASE_URL: 'postgresql://u@h:5432/db' }).auth.mode).toBe('demo');
  });

  it('refuses demo mode on a host other machines can reach', () => {
    expect(() => loadConfig({ AUTH_MODE: 'demo', HOST: '0.0.0.0' })).toThrow(/AUTH_MODE="demo".*loopback/);
    expect(() => loadConfig({ AUTH_MODE: 'demo', HOST: '192.168.1.10' })).toThrow(ConfigError);
  });

  it('reads the hardening settings', () => {
    const config = loadConfig({
      CORS_ORIGINS: 'https://app.example.com, https://bi.example.com',
      SCHEMA_DISCOVERY_ROLES: 'admin',
      MAX_DEPTH: '8',
      JWT_SECRET: 'x'.repeat(32),
      JWT_ISSUER: 'https://id.example/',
    });
    expect(config.http.corsOrigins).toEqual(['https://app.example.com', 'https://bi.example.com']);
    expect(config.schemaDiscoveryRoles).toEqual(['admin']);
    expect(config.limits.maxDepth).toBe(8);
    expect(config.auth.jwt).toMatchObject({ issuer: 'https://id.example/', rolesClaim: 'roles' });
    expect(() => loadConfig({ SCHEMA_DISCOVERY_ROLES: 'root' })).toThrow(/SCHEMA_DISCOVERY_ROLES/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ JWT_ISSUER: 'https://id.example/' })).toThrow(/JWT_JWKS_URL or JWT_SECRET/);
  });
});
