// Optional OpenTelemetry tracing (OTEL_ENABLED=true): spans for parse, validate, context and
// execute through @envelop/opentelemetry, on the globally registered tracer provider. The process
// that runs the server registers the SDK and exporter (for example with
// `node --import @opentelemetry/auto-instrumentations-node/register`), so exporters and their
// settings (OTEL_EXPORTER_OTLP_ENDPOINT, …) stay the deployer's choice. Without a registered
// provider the spans are no-ops.
import { useOpenTelemetry } from '@envelop/opentelemetry';
import { trace } from '@opentelemetry/api';
import type { Plugin } from 'graphql-yoga';

export function tracingPlugin(): Plugin {
  return useOpenTelemetry(
    { resolvers: false, variables: false, result: false, document: true },
    trace.getTracerProvider(),
    undefined,
    undefined,
    'gtm-graph',
  ) as Plugin;
}
