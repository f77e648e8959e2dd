// GraphQL Code Generator: typed documents for the operations kept in the repository (the tests'
// operations, written with `graphql(...)` from test/generated). `npm run codegen` writes them;
// `npm run codegen -- --check` fails when they are stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/generated/**'],
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
