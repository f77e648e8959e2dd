-- CreateTable
CREATE TABLE "api_keys" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "roles" TEXT[],
    "created_by" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6),
    "last_used_at" TIMESTAMPTZ(6),
    "revoked_at" TIMESTAMPTZ(6),
    "revoked_by" TEXT,

    CONSTRAINT "api_keys_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_keys_prefix_key" ON "api_keys"("prefix");

-- Hand-written: what Prisma cannot express.
ALTER TABLE "public"."api_keys"
  ADD CONSTRAINT "api_keys_roles_check" CHECK (
    "roles" IS NOT NULL
    AND cardinality("roles") > 0
    AND "roles" <@ ARRAY['admin', 'sales_manager', 'customer_success', 'operator', 'viewer']::TEXT[]
  ),
  ADD CONSTRAINT "api_keys_prefix_format_check" CHECK ("prefix" ~ '^[0-9a-f]{12}$'),
  ADD CONSTRAINT "api_keys_secret_hash_format_check" CHECK ("secret_hash" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "api_keys_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 200);
