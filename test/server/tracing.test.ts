// OTEL_ENABLED=true: each operation leaves spans on the globally registered tracer provider,
// without variables or results.
import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app.js';

const exporter = new InMemorySpanExporter();
let t: TestApp;

beforeAll(async () => {
  const provider = new BasicTracerProvider();
  provider.addSpanProcessor(new SimpleSpanProcessor(exporter));
  trace.setGlobalTracerProvider(provider);
  t = await startTestApp({ OTEL_ENABLED: 'true' });
});
afterAll(async () => {
  await t.close();
  trace.disable();
});

it('records a span per operation, named after it, without its variables', async () => {
  await t.gql('query TracedOffers($first: Int) { offers(first: $first) { totalCount } }', { first: 7 });
  const spans = exporter.getFinishedSpans();
  const names = spans.map((s) => s.name);
  expect(names.some((n) => n.includes('TracedOffers'))).toBe(true);
  const attributes = JSON.stringify(spans.map((s) => s.attributes));
  expect(attributes).toContain('TracedOffers');
  expect(attributes).not.toMatch(/"first":7|totalCount":0/);
});
