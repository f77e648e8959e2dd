// Offer writes: each one a transaction.
import { prisma } from '../../db.js';
import { ValidationFailedError } from '../../errors.js';
import type { Offer } from '../../generated/prisma/client.js';
import { nextFreeSlug, slugify } from './offers.rules.js';

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
