// A Pothos plugin that checks a field's static authScopes BEFORE its arguments are mapped and
// validated. Without it, the errors plugin's `unsafelyHandleInputErrors` returns ValidationFailed
// (with details about the input) to a caller who may not call the field at all; with it, that
// caller gets the typed Forbidden result whatever the input. Scope-auth still runs afterwards
// for everything (function scopes, type scopes); this only moves the static check earlier.
//
// List it after the errors plugin so the errors plugin turns its ForbiddenError into a result.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { ForbiddenError } from '../../errors.js';

type Verdict = boolean | undefined;

/** Evaluates a static scope map against the request's scope values; undefined when it cannot tell. */
export function evaluateStaticScopes(map: unknown, scopes: Record<string, unknown>, strategy: 'any' | 'all' = 'any'): Verdict {
  if (!map || typeof map !== 'object') return undefined;
  const verdicts: Verdict[] = [];
  for (const [key, param] of Object.entries(map)) {
    if (key === '$any' || key === '$all') verdicts.push(evaluateStaticScopes(param, scopes, key === '$any' ? 'any' : 'all'));
    else if (key === '$granted') verdicts.push(undefined);
    else {
      const loader = scopes[key];
      verdicts.push(typeof loader === 'boolean' && param === true ? loader : undefined);
    }
  }
  if (strategy === 'any') {
    if (verdicts.includes(true)) return true;
    return verdicts.includes(undefined) ? undefined : false;
  }
  if (verdicts.includes(false)) return false;
  return verdicts.includes(undefined) ? undefined : true;
}

export class AuthorizeFirstPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapArgMappers(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object> | undefined,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> | undefined {
    const authScopes = (fieldConfig.pothosOptions as { authScopes?: unknown }).authScopes;
    const initializer = (this.builder.options as { scopeAuth?: { authScopes?: (ctx: object) => unknown } }).scopeAuth
      ?.authScopes;
    if (!resolver || !fieldConfig.argMappers.length || typeof authScopes !== 'object' || !initializer) return resolver;
    return (parent, args, context, info) => {
      const scopes = initializer(context as object);
      if (scopes && typeof (scopes as Promise<unknown>).then !== 'function') {
        if (evaluateStaticScopes(authScopes, scopes as Record<string, unknown>) === false) throw new ForbiddenError();
      }
      return resolver(parent, args, context, info);
    };
  }
}

const pluginName = 'authorizeFirst';
SchemaBuilder.registerPlugin(pluginName, AuthorizeFirstPlugin);
export default pluginName;

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      authorizeFirst: AuthorizeFirstPlugin<Types>;
    }
  }
}
