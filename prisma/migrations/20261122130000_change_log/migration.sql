-- CreateTable
CREATE TABLE "change_log" (
    "id" BIGSERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "entity_id" UUID NOT NULL,
    "op" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "xid" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_log_watermark" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "pruned_xid" BIGINT NOT NULL DEFAULT 0,
    "pruned_id" BIGINT NOT NULL DEFAULT 0,
    "pruned_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "change_log_watermark_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_change_log_xid_id" ON "change_log"("xid", "id");

-- CreateIndex
CREATE INDEX "idx_change_log_created" ON "change_log"("created_at");
