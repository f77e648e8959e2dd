// Who may do what. Every mutation and subscription field declares one of these rules with
// scope-auth (`authScopes: access.write`), and sensitive fields declare theirs; a test walks the
// schema and fails when a mutation or subscription has none.
//
//   admin                         everything
//   sales_manager, customer_success  day-to-day writes and manual funnel overrides
//   operator                      day-to-day writes, but no overrides and no account limits
//   viewer                        read only (the BI role)
//
// Marking a field sensitive is one line on the field: `authScopes: access.sensitive`. Make such a
// field `nullable: true` so a refusal nulls only that field (with a FORBIDDEN error in `errors`)
// instead of its parent. test/server/sensitive-fields.test.ts fails when a field that looks
// sensitive (message bodies, reply texts, provider ids) has no such rule.

/** Any authenticated role may read. */
export const read = {
  admin: true,
  sales_manager: true,
  customer_success: true,
  operator: true,
  viewer: true,
} as const;

/** Day-to-day writes (offers, companies, contacts, campaigns, queue, events). */
export const write = { admin: true, sales_manager: true, customer_success: true, operator: true } as const;

/** Manual funnel overrides and account limits: not operators. */
export const manage = { admin: true, sales_manager: true, customer_success: true } as const;

/** Administration (API keys, settings). */
export const admin = { admin: true } as const;

/** Message bodies, reply texts and provider ids: every role that works the pipeline, not viewers. */
export const sensitive = write;
