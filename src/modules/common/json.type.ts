// Field helpers for typed views of JSON columns: each reads one key (snake_case in the stored JSON)
// and exposes it under a camelCase name; a value of the wrong type reads as null.
import { builder } from '../../builder.js';
import { bool, decimal, int, intList, type JsonObject, obj, objList, str, strList } from './json.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type T = PothosSchemaTypes.ObjectFieldBuilder<Types, JsonObject>;
type JsonRef = PothosSchemaTypes.ObjectRef<Types, JsonObject>;

export const json = {
  string: (t: T, key: string, description: string) =>
    t.string({ nullable: true, description, resolve: (o) => str(o, key) }),
  int: (t: T, key: string, description: string) => t.int({ nullable: true, description, resolve: (o) => int(o, key) }),
  boolean: (t: T, key: string, description: string) =>
    t.boolean({ nullable: true, description, resolve: (o) => bool(o, key) }),
  decimal: (t: T, key: string, description: string) =>
    t.field({ type: 'Decimal', nullable: true, description, resolve: (o) => decimal(o, key) }),
  stringList: (t: T, key: string, description: string) =>
    t.stringList({ nullable: true, description, resolve: (o) => strList(o, key) }),
  intList: (t: T, key: string, description: string) =>
    t.intList({ nullable: true, description, resolve: (o) => intList(o, key) }),
  object: (t: T, key: string, type: JsonRef, description: string) =>
    t.field({ type, nullable: true, description, resolve: (o) => obj(o, key) }),
  objectList: (t: T, key: string, type: JsonRef, description: string) =>
    t.field({ type: [type], nullable: true, description, resolve: (o) => objList(o, key) }),
};

/** A GraphQL object type over a JSON object. */
export function jsonObjectRef(name: string) {
  return builder.objectRef<JsonObject>(name);
}
