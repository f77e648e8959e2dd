// The pure rules behind authentication, case by case.
import { describe, expect, it } from 'vitest';
import { isLoopbackHost } from '../../src/config.js';
import {
  credentialsFrom,
  generateApiKey,
  hashSecret,
  parseApiKey,
  rolesFromClaims,
  safeEqual,
  signWebhook,
  verifyWebhookSignature,
} from '../../src/modules/auth/auth.rules.js';
import { evaluateStaticScopes } from '../../src/modules/auth/authorize-first.plugin.js';
import { verifyWebhook, verifyWebhookSecret } from '../../src/modules/auth/webhook.js';
import { oversizedPage } from '../../src/security/page-size.js';
import { originAllowed } from '../../src/transport/websocket.js';
import { parse } from 'graphql';

describe('API key tokens', () => {
  it('round-trip: the prefix and the secret come back, and the hash matches', () => {
    const key = generateApiKey();
    const parsed = parseApiKey(key.token)!;
    expect(parsed.prefix).toBe(key.prefix);
    expect(hashSecret(parsed.secret)).toBe(key.secretHash);
    expect(generateApiKey().token).not.toBe(key.token);
  });

  it.each(['', 'gtm_', 'gtm_0123456789ab', 'gtm_0123456789ab_short', 'xyz_0123456789ab_' + 'a'.repeat(43), 'gtm_0123456789AB_' + 'a'.repeat(43)])(
    'refuses the malformed token %j',
    (token) => expect(parseApiKey(token)).toBeNull(),
  );

  it('compares in constant time, including different lengths', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });
});

describe('credentials in a request', () => {
  const from = (headers: Record<string, string>) => credentialsFrom((n) => headers[n]);
  it.each([
    [{ authorization: 'Bearer abc' }, 'abc'],
    [{ authorization: 'bearer  abc ' }, 'abc'],
    [{ 'x-api-key': 'gtm_x' }, 'gtm_x'],
    [{ authorization: 'Bearer a', 'x-api-key': 'b' }, 'a'],
    [{}, null],
  ])('%j → %j', (headers, expected) => expect(from(headers)).toBe(expected));
});

describe('roles from JWT claims', () => {
  it.each([
    [{ roles: ['admin', 'viewer'] }, 'roles', ['admin', 'viewer']],
    [{ roles: 'viewer operator' }, 'roles', ['viewer', 'operator']],
    [{ roles: 'viewer,operator' }, 'roles', ['viewer', 'operator']],
    [{ realm_access: { roles: ['operator', 'x'] } }, 'realm_access.roles', ['operator']],
    [{ 'https://gtm.example/roles': ['admin'] }, 'https://gtm.example/roles', ['admin']],
    [{ roles: ['root'] }, 'roles', []],
    [{}, 'roles', []],
    [{ roles: 7 }, 'roles', []],
  ])('%j at %s → %j', (claims, path, roles) => expect(rolesFromClaims(claims, path)).toEqual(roles));
});

describe('webhook signatures', () => {
  const secret = 'whsec-0123456789abcdef';
  const now = new Date('2026-11-22T12:00:00Z');
  const t = Math.floor(now.getTime() / 1000);
  const body = '{"event":"delivered"}';

  it('accept the signed body within the tolerance', () => {
    expect(verifyWebhookSignature(secret, body, signWebhook(secret, body, t - 10), { toleranceSeconds: 300, now })).toEqual({ ok: true });
  });

  it.each([
    ['missing', undefined],
    ['malformed', 't=abc,v1=zz'],
    ['stale', signWebhook(secret, body, t - 3600)],
    ['mismatch', signWebhook('another-secret-value', body, t)],
  ])('refuse a %s signature', (reason, header) => {
    expect(verifyWebhookSignature(secret, body, header, { toleranceSeconds: 300, now })).toEqual({ ok: false, reason });
  });

  it('refuse a changed body', () => {
    const header = signWebhook(secret, body, t);
    expect(verifyWebhookSignature(secret, `${body} `, header, { toleranceSeconds: 300, now }).ok).toBe(false);
  });

  it('use WEBHOOK_SECRET from the settings, and refuse everything without it', () => {
    const config = { auth: { webhookSecret: secret, webhookToleranceSeconds: 300 } } as never;
    expect(verifyWebhook(config, body, signWebhook(secret, body, t), now).ok).toBe(true);
    expect(verifyWebhookSecret(config, secret)).toBe(true);
    expect(verifyWebhookSecret(config, 'nope')).toBe(false);
    const unset = { auth: { webhookSecret: undefined, webhookToleranceSeconds: 300 } } as never;
    expect(verifyWebhook(unset, body, signWebhook(secret, body, t), now).ok).toBe(false);
    expect(verifyWebhookSecret(unset, '')).toBe(false);
  });
});

describe('static scopes', () => {
  const scopes = { admin: false, operator: true, viewer: false, custom: () => true };
  it.each([
    [{ admin: true, operator: true }, true],
    [{ admin: true }, false],
    [{ $all: { operator: true, admin: true } }, false],
    [{ $any: { admin: true, operator: true } }, true],
    [{ custom: true }, undefined],
    [{ admin: true, custom: true }, undefined],
    [{ operator: true, custom: true }, true],
  ])('%j → %s', (map, verdict) => expect(evaluateStaticScopes(map, scopes)).toBe(verdict));
});

describe('loopback hosts', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['::', false],
    ['10.0.0.5', false],
    ['example.com', false],
  ])('%s → %s', (host, loopback) => expect(isLoopbackHost(host)).toBe(loopback));
});

describe('WebSocket origins', () => {
  it.each([
    [undefined, 'api.example.com', [], true],
    ['https://api.example.com', 'api.example.com', [], true],
    ['https://app.example.com', 'api.example.com', ['https://app.example.com'], true],
    ['https://evil.example', 'api.example.com', ['https://app.example.com'], false],
    ['null', 'api.example.com', [], false],
  ])('%s on %s with %j → %s', (origin, host, list, allowed) => expect(originAllowed(origin, host, list)).toBe(allowed));
});

describe('page sizes', () => {
  it.each([
    ['{ offers(first: 100) { totalCount } }', {}, null],
    ['{ offers(first: 101) { totalCount } }', {}, 'first'],
    ['query ($n: Int) { offers(last: $n) { totalCount } }', { n: 500 }, 'last'],
    ['query ($n: Int) { offers(first: $n) { totalCount } }', { n: -1 }, 'first'],
    ['query ($n: Int) { offers(first: $n) { totalCount } }', {}, null],
  ])('%s with %j → %s', (query, variables, name) => {
    expect(oversizedPage(parse(query), variables)?.name ?? null).toBe(name);
  });
});
