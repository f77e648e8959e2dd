-- A campaign that is paused sets its queued sends aside: send_queue.status 'held' (see
-- src/modules/campaigns/campaigns.service.ts). Resuming the campaign puts them back to 'pending';
-- cancelling or completing it cancels them. The sending worker claims only 'pending' and
-- 'scheduled' items of active campaigns, so a held item is never sent.
ALTER TABLE public.send_queue DROP CONSTRAINT IF EXISTS send_queue_status_check;
ALTER TABLE public.send_queue ADD CONSTRAINT send_queue_status_check CHECK (status IN (
  'pending', 'scheduled', 'held', 'processing', 'sent', 'delivered', 'failed', 'bounced', 'cancelled', 'skipped'));
