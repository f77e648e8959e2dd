-- The sending worker: leases on queue items, the idempotency record of every provider call, and
-- provider event ids on message events (a redelivered webhook is stored once).

-- AlterTable
ALTER TABLE "public"."send_queue" ADD COLUMN     "lease_expires_at" TIMESTAMPTZ(6),
ADD COLUMN     "locked_by" TEXT;

-- AlterTable
ALTER TABLE "public"."message_events" ADD COLUMN     "provider" TEXT,
ADD COLUMN     "provider_event_id" TEXT;

-- CreateTable
CREATE TABLE "public"."send_attempts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "send_queue_id" UUID NOT NULL,
    "attempt" INTEGER NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "worker_id" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'started',
    "provider_message_id" TEXT,
    "error" TEXT,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(6),

    CONSTRAINT "send_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "send_attempts_idempotency_key_key" ON "public"."send_attempts"("idempotency_key");

-- CreateIndex
CREATE UNIQUE INDEX "send_attempts_send_queue_id_attempt_key" ON "public"."send_attempts"("send_queue_id", "attempt");

-- CreateIndex
CREATE INDEX "idx_send_queue_lease" ON "public"."send_queue"("lease_expires_at") WHERE (status = 'processing'::text);

-- CreateIndex
CREATE UNIQUE INDEX "message_events_provider_event_key" ON "public"."message_events"("provider", "provider_event_id");

-- AddForeignKey
ALTER TABLE "public"."send_attempts" ADD CONSTRAINT "send_attempts_send_queue_id_fkey" FOREIGN KEY ("send_queue_id") REFERENCES "public"."send_queue"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- ───────────────────────────── hand-written ─────────────────────────────

-- 'review': the worker died during a provider call and the provider cannot be asked whether the
-- message went out; a person decides (cancel, or reschedule to send again). Never resent blindly.
ALTER TABLE public.send_queue DROP CONSTRAINT IF EXISTS send_queue_status_check;
ALTER TABLE public.send_queue ADD CONSTRAINT send_queue_status_check CHECK (status IN (
  'pending', 'scheduled', 'held', 'processing', 'review', 'sent', 'delivered', 'failed', 'bounced', 'cancelled', 'skipped'));

-- started: written (and committed) before the provider call; succeeded / failed: the call's
-- outcome; unknown: the worker died during the call.
ALTER TABLE public.send_attempts
  ADD CONSTRAINT send_attempts_status_check CHECK (status IN ('started', 'succeeded', 'failed', 'unknown')),
  ADD CONSTRAINT send_attempts_attempt_check CHECK (attempt >= 1);
