// Query limits (graphql-armor): depth, aliases, directives, tokens and cost. The messages do not
// reveal the limits; the limits are settings (MAX_DEPTH, MAX_ALIASES, …). They run at parse and
// validation time, so a refused document never reaches a resolver or the database, on HTTP and
// WebSocket alike (both go through yoga's envelop).
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { refusalsTotal } from '../observability/metrics.js';

export function armorPlugins(limits: Config['limits']): Plugin[] {
  const refused = (reason: string) => [(_ctx: unknown, _error: GraphQLError) => refusalsTotal.inc({ reason })];
  return [
    maxTokensPlugin({ n: limits.maxTokens, exposeLimits: false, onReject: refused('max_tokens') }),
    maxDepthPlugin({
      n: limits.maxDepth,
      exposeLimits: false,
      ignoreIntrospection: true,
      flattenFragments: true,
      onReject: refused('max_depth'),
    }),
    maxAliasesPlugin({ n: limits.maxAliases, exposeLimits: false, onReject: refused('max_aliases') }),
    maxDirectivesPlugin({ n: limits.maxDirectives, exposeLimits: false, onReject: refused('max_directives') }),
    costLimitPlugin({
      maxCost: limits.maxCost,
      exposeLimits: false,
      ignoreIntrospection: true,
      onReject: refused('max_cost'),
    }),
  ] as Plugin[];
}
