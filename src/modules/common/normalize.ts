// Normalized keys that link records across offers: one person behind many contact rows (by email
// or LinkedIn URL), one company behind many company rows (by domain). The SQL twins
// (public.normalize_email, public.normalize_domain, public.normalize_linkedin_url) compute the same
// values; a test proves they agree.

/** Lower-case and trimmed; null for blanks. */
export function normalizeEmail(email: string | null | undefined): string | null {
  const value = email?.trim().toLowerCase();
  return value ? value : null;
}

/** "https://www.Example.com/about" → "example.com"; null for blanks. */
export function normalizeDomain(input: string | null | undefined): string | null {
  let value = input?.trim().toLowerCase();
  if (!value) return null;
  value = value.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  value = value.replace(/^[^@/]*@/, ''); // credentials
  value = value.split(/[/?#]/)[0]!; // path, query, fragment
  value = value.replace(/:\d+$/, ''); // port
  value = value.replace(/^www\d*\./, '');
  value = value.replace(/\.+$/, '');
  return value || null;
}

/** "HTTPS://www.LinkedIn.com/in/Jane-Doe/?trk=x" → "https://linkedin.com/in/jane-doe"; null for blanks. */
export function normalizeLinkedinUrl(input: string | null | undefined): string | null {
  let value = input?.trim().toLowerCase();
  if (!value) return null;
  value = value.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  value = value.split(/[?#]/)[0]!;
  value = value.replace(/^(www\.|[a-z]{2}\.)?linkedin\.com/, 'linkedin.com');
  value = value.replace(/\/+$/, '');
  return value ? `https://${value}` : null;
}
