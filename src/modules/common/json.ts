// Reading documented JSON columns into typed GraphQL objects. The columns are free-form JSON, so
// a value of the wrong type reads as missing (null) instead of failing the whole object; the raw
// JSON stays available next to each typed field (`<name>Json`).

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null;
}

export function str(o: JsonObject, key: string): string | null {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

export function int(o: JsonObject, key: string): number | null {
  const v = o[key];
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v);
  return null;
}

export function bool(o: JsonObject, key: string): boolean | null {
  const v = o[key];
  return typeof v === 'boolean' ? v : null;
}

/** A number as an exact decimal string (money), or null. */
export function decimal(o: JsonObject, key: string): string | null {
  const v = o[key];
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return v.trim();
  return null;
}

export function strList(o: JsonObject, key: string): string[] | null {
  const v = o[key];
  if (!Array.isArray(v)) return null;
  return v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
}

export function intList(o: JsonObject, key: string): number[] | null {
  const v = o[key];
  if (!Array.isArray(v)) return null;
  return v.filter((x): x is number => typeof x === 'number' && Number.isInteger(x));
}

export function objList(o: JsonObject, key: string): JsonObject[] | null {
  const v = o[key];
  if (!Array.isArray(v)) return null;
  return v.map(asObject).filter((x): x is JsonObject => x !== null);
}

export function obj(o: JsonObject, key: string): JsonObject | null {
  return asObject(o[key]);
}
