// GraphQL Code Generator: typed documents for the operations kept in the repository (the tests'
// operations, written with `graphql(...)` from test/generated, and the example operations in
// examples/operations/*.graphql, exported as `<Name>Document`). `npm run codegen` writes them;
// `npm run codegen -- --check` fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Example operations that use fields not on main yet: kept in the repository, left out of codegen
 * and of test/examples/examples.test.ts until they are.
 * TODO(issue 5): live-feed.graphql needs `Subscription.activity(filter, after)` from the realtime
 * branch; remove it from this list once that is merged.
 */
export const EXCLUDED_EXAMPLES: Record<string, string> = {};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: [
    'test/**/*.ts',
    '!test/generated/**',
    'examples/operations/*.graphql',
    ...Object.keys(EXCLUDED_EXAMPLES).map((file) => `!examples/operations/${file}`),
  ],
  ignoreNoDocuments: true,
  generates: {
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // ESM imports with .js extensions (the project is NodeNext)
        emitLegacyCommonJSImports: false,
        importExtension: '.js',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          JSON: 'unknown',
          JSONObject: 'Record<string, unknown>',
          UUID: 'string',
          EmailAddress: 'string',
          URL: 'string',
          TimeZone: 'string',
          Decimal: 'string',
        },
      },
    },
  },
};

export default config;
