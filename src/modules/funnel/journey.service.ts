// Reads of a person's journey that Prisma relations cannot express: the journey summary (a SQL
// function), the contacts behind a person (by the deterministic person id of their normalized
// email) and the person behind a contact. Each takes many keys at once (dataloaders).
import { prisma } from '../../db.js';
import { NotFoundError, ValidationFailedError } from '../../errors.js';
import type { FunnelMembership, LifecycleState } from '../../generated/prisma/enums.js';
import type { Contact, Suspect } from '../../generated/prisma/client.js';
import { normalizeEmail } from '../common/normalize.js';
import { personIdForEmail } from './identity.js';

export interface JourneySummaryRow {
  person_id: string;
  suspect_id: string;
  company_id: string;
  email: string;
  funnel_state: LifecycleState;
  funnel_membership: FunnelMembership;
  entered_suspect_ts: Date;
  first_contact_ts: Date | null;
  last_event_ts: Date | null;
  last_state_change_ts: Date | null;
  days_in_current_state: number;
  movement_count: number;
  event_count: number;
  current_bit_score: number;
  has_fresh_talentflow_signal: boolean;
  is_in_cooldown: boolean;
  reengagement_cycle: number;
}

/** funnel.get_journey_summary for many people in one query. */
export async function journeySummaries(personIds: readonly string[]): Promise<JourneySummaryRow[]> {
  return prisma.$queryRaw<JourneySummaryRow[]>`
    SELECT j.* FROM unnest(${[...personIds]}::uuid[]) AS p(id), LATERAL funnel.get_journey_summary(p.id) AS j`;
}

/** The contact ids (across offers) whose normalized email maps to each person, in key order. */
export async function contactIdsForPeople(personIds: readonly string[]): Promise<string[][]> {
  const rows = await prisma.$queryRaw<{ person_id: string; ids: string[] }[]>`
    SELECT funnel.person_id_for_email(c.email) AS person_id, array_agg(c.id ORDER BY c.created_at, c.id) AS ids
    FROM public.contacts AS c
    WHERE c.email IS NOT NULL AND funnel.person_id_for_email(c.email) = ANY(${[...personIds]}::uuid[])
    GROUP BY 1`;
  const byPerson = new Map(rows.map((r) => [r.person_id, r.ids]));
  return personIds.map((id) => byPerson.get(id) ?? []);
}

/** The contacts (across offers) whose normalized email maps to each person, in key order. */
export async function contactsForPeople(personIds: readonly string[]): Promise<Contact[][]> {
  const ids = await contactIdsForPeople(personIds);
  const all = ids.flat();
  const contacts = all.length ? await prisma.contact.findMany({ where: { id: { in: all } } }) : [];
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return ids.map((list) => list.map((id) => byId.get(id)!).filter(Boolean));
}

/** The lifecycle people with these person ids (missing ones left out). */
export function prospectsForPeople(personIds: readonly string[]): Promise<Suspect[]> {
  return prisma.suspect.findMany({ where: { personId: { in: [...personIds] } } });
}

/** The lifecycle person behind each contact (null when the contact has no email or no lifecycle yet), in key order. */
export async function prospectsForContacts(contactIds: readonly string[]): Promise<(Suspect | null)[]> {
  const contacts = await prisma.contact.findMany({ where: { id: { in: [...contactIds] } }, select: { id: true, email: true } });
  const personByContact = new Map(contacts.map((c) => [c.id, personIdForEmail(c.email)]));
  const personIds = [...new Set([...personByContact.values()].filter((p): p is string => p !== null))];
  const people = personIds.length ? await prisma.suspect.findMany({ where: { personId: { in: personIds } } }) : [];
  const byPerson = new Map(people.map((p) => [p.personId, p]));
  return contactIds.map((id) => {
    const personId = personByContact.get(id);
    return personId ? (byPerson.get(personId) ?? null) : null;
  });
}

export interface ProspectLookup {
  id?: string | null;
  personId?: string | null;
  email?: string | null;
  contactId?: string | null;
}

/** One person by exactly one key: lifecycle row id, person id, email (normalized) or a contact id. */
export async function findProspect(key: ProspectLookup): Promise<{ suspectId: string } | null> {
  const given = (['id', 'personId', 'email', 'contactId'] as const).filter((k) => key[k] != null);
  if (given.length !== 1) {
    throw new ValidationFailedError([{ path: '', message: 'give exactly one of id, personId, email and contactId' }]);
  }
  if (key.id) return prisma.suspect.findUnique({ where: { suspectId: key.id }, select: { suspectId: true } });
  if (key.personId) return prisma.suspect.findUnique({ where: { personId: key.personId }, select: { suspectId: true } });
  if (key.email) {
    const email = normalizeEmail(key.email);
    if (!email) return null;
    return prisma.suspect.findFirst({
      where: { OR: [{ email }, { personId: personIdForEmail(email)! }] },
      select: { suspectId: true },
    });
  }
  const contact = await prisma.contact.findUnique({ where: { id: key.contactId! }, select: { email: true } });
  if (!contact) throw new NotFoundError('Contact', key.contactId!);
  const personId = personIdForEmail(contact.email);
  return personId ? prisma.suspect.findUnique({ where: { personId }, select: { suspectId: true } }) : null;
}
