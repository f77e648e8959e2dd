// Offer, company and contact writes: each one a transaction (or one conditional statement).
// Status changes are conditional writes: UPDATE … WHERE id = $1 AND status IN (the states the
// rules allow the move from); no row changed means the row is missing or in another state, which
// a second read tells apart for the error.
import { prisma } from '../../db.js';
import { InvalidTransitionError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { type Company, type Contact, type Offer, Prisma } from '../../generated/prisma/client.js';
import type { EmailStatusValue, OfferStatusValue } from '../common/enums.js';
import { canQualify, nextFreeSlug, offerStatusesBefore, QUALIFIABLE_FROM, slugify } from './offers.rules.js';

export interface CreateOfferInput {
  name: string;
  type: 'product' | 'service';
  ownership: 'internal' | 'client';
  clientName?: string | null;
  description: string;
  problemSolved?: string | null;
  valueProposition?: string | null;
  priceRange?: string | null;
  positioning?: unknown;
  icp?: unknown;
  emailTemplates?: unknown;
  linkedinTemplates?: unknown;
}

/** Creates a draft offer with a unique slug derived from its name. */
export async function createOffer(input: CreateOfferInput): Promise<Offer> {
  const base = slugify(input.name);
  if (!base) throw new ValidationFailedError([{ path: 'name', message: 'must contain a letter or digit' }]);
  if (input.ownership === 'client' && !input.clientName) {
    throw new ValidationFailedError([{ path: 'clientName', message: 'is required when ownership is client' }]);
  }
  return prisma.$transaction(async (tx) => {
    // Serialise slug allocation for this base so two concurrent creates cannot pick the same one.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`offer-slug:${base}`}))`;
    const existing = await tx.offer.findMany({
      where: { slug: { startsWith: base } },
      select: { slug: true },
    });
    const slug = nextFreeSlug(base, new Set(existing.map((o) => o.slug ?? '')));
    return tx.offer.create({
      data: {
        name: input.name,
        slug,
        type: input.type,
        ownership: input.ownership,
        clientName: input.clientName ?? null,
        description: input.description,
        problemSolved: input.problemSolved ?? null,
        valueProposition: input.valueProposition ?? null,
        priceRange: input.priceRange ?? null,
        positioning: (input.positioning ?? undefined) as never,
        icp: (input.icp ?? undefined) as never,
        emailTemplates: (input.emailTemplates ?? undefined) as never,
        linkedinTemplates: (input.linkedinTemplates ?? undefined) as never,
      },
    });
  });
}

export interface UpdateOfferInput {
  id: string;
  name?: string | null;
  clientName?: string | null;
  description?: string | null;
  problemSolved?: string | null;
  valueProposition?: string | null;
  priceRange?: string | null;
  positioning?: unknown;
  icp?: unknown;
  emailTemplates?: unknown;
  linkedinTemplates?: unknown;
}

/**
 * Changes the given fields (an explicit null clears an optional one). The slug stays: it is the
 * offer's stable address.
 */
export async function updateOffer(input: UpdateOfferInput): Promise<Offer> {
  const problems = [];
  if (input.name === null) problems.push({ path: 'name', message: 'cannot be cleared' });
  if (input.description === null) problems.push({ path: 'description', message: 'cannot be cleared' });
  if (problems.length) throw new ValidationFailedError(problems);
  const json = (v: unknown) => (v === undefined ? undefined : v === null ? Prisma.DbNull : (v as never));
  return prisma.$transaction(async (tx) => {
    const current = await tx.offer.findUnique({ where: { id: input.id }, select: { ownership: true, clientName: true } });
    if (!current) throw new NotFoundError('Offer', input.id);
    const clientName = input.clientName === undefined ? current.clientName : input.clientName;
    if (current.ownership === 'client' && !clientName) {
      throw new ValidationFailedError([{ path: 'clientName', message: 'is required when ownership is client' }]);
    }
    return tx.offer.update({
      where: { id: input.id },
      data: {
        name: input.name ?? undefined,
        clientName: input.clientName,
        description: input.description ?? undefined,
        problemSolved: input.problemSolved,
        valueProposition: input.valueProposition,
        priceRange: input.priceRange,
        positioning: json(input.positioning),
        icp: json(input.icp),
        emailTemplates: json(input.emailTemplates),
        linkedinTemplates: json(input.linkedinTemplates),
        updatedAt: new Date(),
      },
    });
  });
}

/** Moves an offer along draft → ready → active ⇄ paused → completed, or to killed from any state. */
export async function changeOfferStatus(input: { id: string; status: OfferStatusValue }): Promise<Offer> {
  const from = offerStatusesBefore(input.status);
  const { count } = await prisma.offer.updateMany({
    where: { id: input.id, status: { in: from } },
    data: { status: input.status, updatedAt: new Date() },
  });
  const offer = await prisma.offer.findUnique({ where: { id: input.id } });
  if (!offer) throw new NotFoundError('Offer', input.id);
  if (count === 0) throw new InvalidTransitionError('Offer', offer.status, input.status, null);
  return offer;
}

/** Marks a company as fitting the ICP (from new or disqualified). */
export function qualifyCompany(input: { id: string }): Promise<Company> {
  return moveCompany(input.id, 'qualified', null);
}

/** Marks a company as not fitting, with the reason (from new or qualified). */
export function disqualifyCompany(input: { id: string; reason: string }): Promise<Company> {
  const reason = input.reason.trim();
  if (!reason) throw new ValidationFailedError([{ path: 'reason', message: 'is required' }]);
  return moveCompany(input.id, 'disqualified', reason);
}

async function moveCompany(id: string, to: 'qualified' | 'disqualified', reason: string | null): Promise<Company> {
  const from = QUALIFIABLE_FROM.filter((s) => canQualify(s, to));
  const { count } = await prisma.company.updateMany({
    where: { id, status: { in: [...from] } },
    data: { status: to, disqualificationReason: reason, updatedAt: new Date() },
  });
  const company = await prisma.company.findUnique({ where: { id } });
  if (!company) throw new NotFoundError('Company', id);
  if (count === 0) throw new InvalidTransitionError('Company', company.status, to, null);
  return company;
}

/** Records what we know about a contact's email address, and who verified it. */
export async function markContactEmailStatus(input: {
  id: string;
  emailStatus: EmailStatusValue;
  verificationSource?: string | null;
}): Promise<Contact> {
  const { count } = await prisma.contact.updateMany({
    where: { id: input.id },
    data: {
      emailStatus: input.emailStatus,
      emailVerificationSource: input.verificationSource === undefined ? undefined : input.verificationSource,
      updatedAt: new Date(),
    },
  });
  if (count === 0) throw new NotFoundError('Contact', input.id);
  return prisma.contact.findUniqueOrThrow({ where: { id: input.id } });
}
