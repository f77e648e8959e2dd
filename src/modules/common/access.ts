// Who may do what. Every mutation and subscription field declares one of these rules with
// scope-auth (`authScopes: access.write`), and sensitive fields declare theirs; a test walks the
// schema and fails when a mutation or subscription has none.
//
//   admin                         everything
//   sales_manager, customer_success  day-to-day writes and manual funnel overrides
//   operator                      day-to-day writes, but no overrides and no account limits
//   viewer                        read only (the BI role)

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
