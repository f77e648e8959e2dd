// Offer reads: the offers connection and a lookup by id or slug.
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { ValidationFailedError } from '../../errors.js';
import { Offer } from './offer.type.js';

builder.queryFields((t) => ({
  offers: t.prismaConnection({
    type: 'Offer',
    cursor: 'id',
    totalCount: () => prisma.offer.count(),
    description: 'Every offer, newest first.',
    resolve: (query) => prisma.offer.findMany({ ...query, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
  offer: t.prismaField({
    type: Offer,
    nullable: true,
    description: 'One offer, by database id or by slug (exactly one of the two).',
    args: {
      id: t.arg({ type: 'UUID', required: false, description: 'The database id.' }),
      slug: t.arg.string({ required: false, description: 'The slug.' }),
    },
    resolve: (query, _root, args) => {
      if ((args.id == null) === (args.slug == null)) {
        throw new ValidationFailedError([{ path: '', message: 'Give exactly one of id and slug' }]);
      }
      return prisma.offer.findUnique({
        ...query,
        where: args.id != null ? { id: args.id } : { slug: args.slug! },
      });
    },
  }),
}));
