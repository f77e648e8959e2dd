// Builds operations for every field of a root type straight from the schema, so tests that walk
// "every mutation" cover the ones added later without being edited.
import {
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isUnionType,
  isObjectType,
} from 'graphql';

const SCALAR_SAMPLES: Record<string, unknown> = {
  String: 'x',
  ID: 'eA==',
  Int: 1,
  Float: 1.5,
  Boolean: false,
  UUID: '00000000-0000-4000-8000-000000000000',
  DateTime: '2030-01-01T00:00:00.000Z',
  JSON: {},
  JSONObject: {},
  EmailAddress: 'someone@example.com',
  URL: 'https://example.com',
  TimeZone: 'UTC',
  Decimal: '1.00',
};

/** A value of `type` that passes GraphQL coercion (required fields only); not necessarily valid input. */
export function sampleValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, depth);
  if (isListType(type)) return [sampleValue(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) return SCALAR_SAMPLES[type.name] ?? 'x';
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    if (depth > 5) return value;
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = sampleValue(field.type, depth + 1);
    }
    return value;
  }
  return null;
}

/** `mutation ($a: T!) { field(a: $a) { __typename … } }` with sample variables for every argument. */
export function operationFor(
  kind: 'mutation' | 'subscription' | 'query',
  field: GraphQLField<unknown, unknown>,
  options: { withArgs?: boolean } = {},
): { query: string; variables: Record<string, unknown> } {
  const withArgs = options.withArgs ?? true;
  const args = withArgs ? field.args : [];
  const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returned = getNamedType(field.type);
  const errorSelection = isUnionType(returned) || isObjectType(returned) ? ' ... on Error { message code }' : '';
  const selection = isScalarType(returned) || isEnumType(returned) ? '' : ` { __typename${errorSelection} }`;
  const query = `${kind}${defs ? ` (${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  const variables = Object.fromEntries(args.map((a) => [a.name, sampleValue(a.type)]));
  return { query, variables };
}
