// Query limits (graphql-armor): depth, aliases, directives and tokens (the cost limit, which must
// see page sizes, is page-cost.ts). The messages do not
// reveal the limits; the limits are settings (MAX_DEPTH, MAX_ALIASES, …). They run at parse and
// validation time, so a refused document never reaches a resolver or the database, on HTTP and
// WebSocket alike (both go through yoga's envelop).
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { refusalsTotal } from '../observability/metrics.js';

/** The code every limit refusal carries (armor's own errors have none). */
export const QUERY_LIMIT_CODE = 'QUERY_LIMIT_EXCEEDED';
const PREFIX = 'Query refused:';

/** Gives armor's validation errors a stable code (their messages start with PREFIX). */
const useLimitCodes: Plugin = {
  onValidate() {
    return ({ result, setResult }) => {
      if (!result.some((e) => e.message.includes(PREFIX))) return;
      setResult(
        result.map((e) =>
          e instanceof GraphQLError && e.message.includes(PREFIX)
            ? new GraphQLError(e.message.replace(/^Syntax Error: /, ''), {
                nodes: e.nodes,
                source: e.source,
                positions: e.positions,
                extensions: { ...e.extensions, code: QUERY_LIMIT_CODE },
              })
            : e,
        ),
      );
    };
  },
};

export function armorPlugins(limits: Config['limits']): Plugin[] {
  // Validation rules report (instead of throwing, armor's default) so the refusal is an ordinary
  // validation error: the access rules' result hook and the validation cache still apply.
  const reject = (reason: string) => ({
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        refusalsTotal.inc({ reason });
        ctx?.reportError(error);
      },
    ],
  });
  return [
    maxTokensPlugin({
      n: limits.maxTokens,
      exposeLimits: false,
      errorMessage: `${PREFIX} the document is too long.`,
      onReject: [() => refusalsTotal.inc({ reason: 'max_tokens' })],
    }),
    maxDepthPlugin({
      n: limits.maxDepth,
      exposeLimits: false,
      errorMessage: `${PREFIX} the selection is nested too deeply.`,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...reject('max_depth'),
    }),
    maxAliasesPlugin({
      n: limits.maxAliases,
      exposeLimits: false,
      errorMessage: `${PREFIX} too many aliases.`,
      ...reject('max_aliases'),
    }),
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      exposeLimits: false,
      errorMessage: `${PREFIX} too many directives.`,
      ...reject('max_directives'),
    }),
    useLimitCodes,
  ] as Plugin[];
}
