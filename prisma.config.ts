// Prisma CLI configuration (Prisma 7 reads the datasource URL from here, not from schema.prisma).
// `prisma migrate deploy` works with it on machines where Prisma's native engine can be
// downloaded; everywhere else `npm run db:migrate` applies the same migrations.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' },
});
