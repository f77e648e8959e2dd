-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "funnel";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "funnel"."lifecycle_state" AS ENUM ('SUSPECT', 'WARM', 'TALENTFLOW_WARM', 'REENGAGEMENT', 'APPOINTMENT', 'CLIENT', 'DISQUALIFIED', 'UNSUBSCRIBED');

-- CreateEnum
CREATE TYPE "funnel"."event_type" AS ENUM ('EVENT_REPLY', 'EVENT_CLICKS_X2', 'EVENT_OPENS_X3', 'EVENT_TALENTFLOW_MOVE', 'EVENT_BIT_THRESHOLD', 'EVENT_REENGAGEMENT_TRIGGER', 'EVENT_APPOINTMENT', 'EVENT_CLIENT_SIGNED', 'EVENT_INACTIVITY_30D', 'EVENT_REENGAGEMENT_EXHAUSTED', 'EVENT_UNSUBSCRIBE', 'EVENT_HARD_BOUNCE', 'EVENT_MANUAL_OVERRIDE');

-- CreateEnum
CREATE TYPE "funnel"."funnel_membership" AS ENUM ('COLD_UNIVERSE', 'TALENTFLOW_UNIVERSE', 'WARM_UNIVERSE', 'REENGAGEMENT_UNIVERSE');

-- CreateEnum
CREATE TYPE "funnel"."talentflow_signal_type" AS ENUM ('job_change', 'promotion', 'lateral', 'startup', 'company_change');

-- CreateEnum
CREATE TYPE "funnel"."appointment_status" AS ENUM ('scheduled', 'confirmed', 'completed', 'no_show', 'cancelled', 'rescheduled');

-- CreateEnum
CREATE TYPE "funnel"."appointment_outcome" AS ENUM ('positive', 'neutral', 'negative', 'no_decision', 'pending');

-- CreateEnum
CREATE TYPE "funnel"."contract_status" AS ENUM ('pending_signature', 'signed', 'active', 'completed', 'cancelled', 'churned');

-- CreateTable
CREATE TABLE "offers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "slug" TEXT,
    "type" TEXT NOT NULL,
    "ownership" TEXT NOT NULL,
    "client_name" TEXT,
    "description" TEXT NOT NULL,
    "problem_solved" TEXT,
    "value_proposition" TEXT,
    "price_range" TEXT,
    "positioning" JSONB,
    "icp" JSONB,
    "email_templates" JSONB,
    "linkedin_templates" JSONB,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "total_companies" INTEGER NOT NULL DEFAULT 0,
    "total_contacts" INTEGER NOT NULL DEFAULT 0,
    "total_sent" INTEGER NOT NULL DEFAULT 0,
    "total_replies" INTEGER NOT NULL DEFAULT 0,
    "total_meetings" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "offers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "companies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offer_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "url" TEXT,
    "description" TEXT,
    "size" TEXT,
    "size_exact" INTEGER,
    "vertical" TEXT,
    "industry" TEXT,
    "headquarters_city" TEXT,
    "headquarters_state" TEXT,
    "headquarters_country" TEXT,
    "signals" JSONB NOT NULL DEFAULT '{}',
    "fit_score" INTEGER,
    "fit_reasoning" TEXT,
    "priority" TEXT,
    "source_tool" TEXT NOT NULL,
    "source_query" TEXT,
    "source_raw" JSONB,
    "status" TEXT NOT NULL DEFAULT 'new',
    "disqualification_reason" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "companies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contacts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "offer_id" UUID NOT NULL,
    "first_name" TEXT,
    "last_name" TEXT,
    "full_name" TEXT,
    "title" TEXT,
    "title_normalized" TEXT,
    "department" TEXT,
    "seniority" TEXT,
    "email" TEXT,
    "email_status" TEXT,
    "email_verification_source" TEXT,
    "email_verified" BOOLEAN,
    "phone" TEXT,
    "linkedin_url" TEXT,
    "linkedin_id" TEXT,
    "connection_degree" INTEGER,
    "already_contacted" BOOLEAN NOT NULL DEFAULT false,
    "last_contacted_at" TIMESTAMPTZ(6),
    "contact_count" INTEGER NOT NULL DEFAULT 0,
    "global_last_contacted_at" TIMESTAMPTZ(6),
    "global_contact_count" INTEGER NOT NULL DEFAULT 0,
    "global_last_reply_at" TIMESTAMPTZ(6),
    "global_status" TEXT NOT NULL DEFAULT 'available',
    "eligible_for_outreach" BOOLEAN NOT NULL DEFAULT true,
    "buyer_fit_score" INTEGER,
    "priority" TEXT,
    "source_tool" TEXT NOT NULL,
    "source_raw" JSONB,
    "status" TEXT NOT NULL DEFAULT 'new',
    "skip_reason" TEXT,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaigns" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "offer_id" UUID NOT NULL,
    "channel" TEXT NOT NULL,
    "campaign_type" TEXT NOT NULL DEFAULT 'cold_outreach',
    "account_id" UUID,
    "campaign_slug" TEXT,
    "account_ids" JSONB,
    "target_criteria" JSONB,
    "sequence_config" JSONB,
    "scheduling_config" JSONB,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "send_window_start" TIME(6) NOT NULL DEFAULT '09:00:00'::time without time zone,
    "send_window_end" TIME(6) NOT NULL DEFAULT '17:00:00'::time without time zone,
    "send_days" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
    "timezone" TEXT NOT NULL DEFAULT 'America/New_York',
    "total_contacts" INTEGER NOT NULL DEFAULT 0,
    "contacts_sent" INTEGER NOT NULL DEFAULT 0,
    "contacts_remaining" INTEGER NOT NULL DEFAULT 0,
    "total_sent" INTEGER NOT NULL DEFAULT 0,
    "total_delivered" INTEGER NOT NULL DEFAULT 0,
    "total_opened" INTEGER NOT NULL DEFAULT 0,
    "total_clicked" INTEGER NOT NULL DEFAULT 0,
    "total_replied" INTEGER NOT NULL DEFAULT 0,
    "total_positive_replies" INTEGER NOT NULL DEFAULT 0,
    "total_meetings" INTEGER NOT NULL DEFAULT 0,
    "open_rate" DECIMAL(5,2),
    "reply_rate" DECIMAL(5,2),
    "positive_reply_rate" DECIMAL(5,2),
    "meeting_rate" DECIMAL(5,2),
    "first_send_at" TIMESTAMPTZ(6),
    "last_send_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_contacts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaign_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "current_step" INTEGER NOT NULL DEFAULT 0,
    "max_step" INTEGER,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "opened" BOOLEAN NOT NULL DEFAULT false,
    "clicked" BOOLEAN NOT NULL DEFAULT false,
    "replied" BOOLEAN NOT NULL DEFAULT false,
    "reply_sentiment" TEXT,
    "meeting_booked" BOOLEAN NOT NULL DEFAULT false,
    "added_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(6),
    "next_step_at" TIMESTAMPTZ(6),
    "completed_at" TIMESTAMPTZ(6),

    CONSTRAINT "campaign_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaign_contact_id" UUID NOT NULL,
    "campaign_id" UUID,
    "contact_id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "send_queue_id" UUID,
    "channel" TEXT NOT NULL,
    "action_type" TEXT,
    "sequence_step" INTEGER NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "personalization_used" JSONB,
    "external_id" TEXT,
    "thread_id" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "error_message" TEXT,
    "opened_at" TIMESTAMPTZ(6),
    "clicked_at" TIMESTAMPTZ(6),
    "replied_at" TIMESTAMPTZ(6),
    "reply_text" TEXT,
    "reply_sentiment" TEXT,
    "scheduled_at" TIMESTAMPTZ(6),
    "sent_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "email_address" TEXT,
    "linkedin_url" TEXT,
    "unipile_account_id" TEXT,
    "provider" TEXT,
    "rotation_set" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "daily_limit_connections" INTEGER NOT NULL DEFAULT 20,
    "daily_limit_messages" INTEGER NOT NULL DEFAULT 40,
    "daily_limit_emails" INTEGER NOT NULL DEFAULT 100,
    "hourly_limit" INTEGER NOT NULL DEFAULT 10,
    "warming_week" INTEGER NOT NULL DEFAULT 0,
    "warming_started_at" TIMESTAMPTZ(6),
    "today_connections" INTEGER NOT NULL DEFAULT 0,
    "today_messages" INTEGER NOT NULL DEFAULT 0,
    "today_emails" INTEGER NOT NULL DEFAULT 0,
    "today_last_action_at" TIMESTAMPTZ(6),
    "total_sent" INTEGER NOT NULL DEFAULT 0,
    "total_delivered" INTEGER NOT NULL DEFAULT 0,
    "total_bounced" INTEGER NOT NULL DEFAULT 0,
    "total_replies" INTEGER NOT NULL DEFAULT 0,
    "health_score" INTEGER NOT NULL DEFAULT 100,
    "bounce_rate" DECIMAL(5,2),
    "spam_rate" DECIMAL(5,2),
    "reply_rate" DECIMAL(5,2),
    "last_health_check" TIMESTAMPTZ(6),
    "connected_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account_activity" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "account_id" UUID NOT NULL,
    "message_id" UUID,
    "contact_id" UUID,
    "action_type" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "error_message" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "account_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tools" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "api_base_url" TEXT,
    "api_docs_url" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "last_error" TEXT,
    "last_success_at" TIMESTAMPTZ(6),
    "last_error_at" TIMESTAMPTZ(6),
    "total_requests" INTEGER NOT NULL DEFAULT 0,
    "total_credits_used" INTEGER NOT NULL DEFAULT 0,
    "credits_remaining" INTEGER,
    "credits_reset_at" TIMESTAMPTZ(6),
    "rate_limit_per_minute" INTEGER,
    "rate_limit_per_day" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tools_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tool_usage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "tool_id" UUID NOT NULL,
    "offer_id" UUID,
    "company_id" UUID,
    "contact_id" UUID,
    "action" TEXT NOT NULL,
    "request_params" JSONB,
    "status" TEXT NOT NULL,
    "response_summary" JSONB,
    "results_count" INTEGER,
    "error_message" TEXT,
    "credits_used" INTEGER NOT NULL DEFAULT 0,
    "duration_ms" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tool_usage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message_templates" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offer_id" UUID NOT NULL,
    "campaign_id" UUID,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "sequence_step" INTEGER,
    "template_key" TEXT,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_templates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "send_queue" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "campaign_id" UUID NOT NULL,
    "campaign_contact_id" UUID,
    "contact_id" UUID NOT NULL,
    "account_id" UUID,
    "channel" TEXT NOT NULL,
    "sequence_step" INTEGER,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "scheduled_for" TIMESTAMPTZ(6) NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 5,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "max_attempts" INTEGER NOT NULL DEFAULT 3,
    "last_attempt_at" TIMESTAMPTZ(6),
    "last_error" TEXT,
    "external_message_id" TEXT,
    "sent_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "send_queue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "send_queue_id" UUID NOT NULL,
    "contact_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "account_id" UUID,
    "event_type" TEXT NOT NULL,
    "event_data" JSONB NOT NULL DEFAULT '{}',
    "reply_text" TEXT,
    "reply_sentiment" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outreach_history" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "contact_email" TEXT,
    "contact_linkedin_url" TEXT,
    "contact_id" UUID,
    "campaign_id" UUID,
    "offer_id" UUID,
    "account_id" UUID,
    "send_queue_id" UUID,
    "channel" TEXT NOT NULL,
    "message_subject" TEXT,
    "message_body" TEXT,
    "sent_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'sent',
    "replied_at" TIMESTAMPTZ(6),
    "reply_sentiment" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outreach_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pipeline_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offer_id" UUID,
    "campaign_id" UUID,
    "steps" JSONB NOT NULL,
    "input_params" JSONB NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'running',
    "error_message" TEXT,
    "output_summary" JSONB NOT NULL DEFAULT '{}',
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),

    CONSTRAINT "pipeline_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pipeline_steps" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "pipeline_run_id" UUID NOT NULL,
    "step_name" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "step_output" JSONB NOT NULL DEFAULT '{}',
    "error_message" TEXT,
    "started_at" TIMESTAMPTZ(6),
    "completed_at" TIMESTAMPTZ(6),

    CONSTRAINT "pipeline_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "funnel"."suspect_universe" (
    "suspect_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "email" VARCHAR(255) NOT NULL,
    "funnel_state" "funnel"."lifecycle_state" NOT NULL DEFAULT 'SUSPECT',
    "funnel_membership" "funnel"."funnel_membership" NOT NULL DEFAULT 'COLD_UNIVERSE',
    "last_event_ts" TIMESTAMPTZ(6),
    "last_state_change_ts" TIMESTAMPTZ(6),
    "entered_suspect_ts" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "email_open_count" INTEGER NOT NULL DEFAULT 0,
    "email_click_count" INTEGER NOT NULL DEFAULT 0,
    "email_reply_count" INTEGER NOT NULL DEFAULT 0,
    "current_bit_score" INTEGER NOT NULL DEFAULT 0,
    "reengagement_cycle" INTEGER NOT NULL DEFAULT 0,
    "last_reengagement_ts" TIMESTAMPTZ(6),
    "is_locked" BOOLEAN NOT NULL DEFAULT false,
    "lock_reason" VARCHAR(255),
    "locked_at" TIMESTAMPTZ(6),
    "cooldown_until" TIMESTAMPTZ(6),
    "is_bounced" BOOLEAN NOT NULL DEFAULT false,
    "is_unsubscribed" BOOLEAN NOT NULL DEFAULT false,
    "is_disqualified" BOOLEAN NOT NULL DEFAULT false,
    "source" VARCHAR(100),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "suspect_universe_pkey" PRIMARY KEY ("suspect_id")
);

-- CreateTable
CREATE TABLE "funnel"."engagement_events" (
    "event_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "suspect_id" UUID,
    "event_type" "funnel"."event_type" NOT NULL,
    "event_subtype" VARCHAR(50),
    "event_ts" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source_system" VARCHAR(100),
    "source_campaign_id" VARCHAR(100),
    "source_email_id" VARCHAR(100),
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "is_processed" BOOLEAN NOT NULL DEFAULT false,
    "processed_at" TIMESTAMPTZ(6),
    "triggered_transition" BOOLEAN NOT NULL DEFAULT false,
    "transition_to_state" "funnel"."lifecycle_state",
    "event_hash" VARCHAR(64),
    "is_duplicate" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "engagement_events_pkey" PRIMARY KEY ("event_id")
);

-- CreateTable
CREATE TABLE "funnel"."warm_universe" (
    "warm_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "suspect_id" UUID,
    "warm_reason" VARCHAR(50) NOT NULL,
    "warm_score" INTEGER NOT NULL DEFAULT 0,
    "qualifying_event_id" UUID,
    "first_warm_ts" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_engagement_ts" TIMESTAMPTZ(6),
    "opens_at_promotion" INTEGER NOT NULL DEFAULT 0,
    "clicks_at_promotion" INTEGER NOT NULL DEFAULT 0,
    "replies_at_promotion" INTEGER NOT NULL DEFAULT 0,
    "bit_score_at_promotion" INTEGER NOT NULL DEFAULT 0,
    "current_opens" INTEGER NOT NULL DEFAULT 0,
    "current_clicks" INTEGER NOT NULL DEFAULT 0,
    "current_replies" INTEGER NOT NULL DEFAULT 0,
    "has_talentflow_signal" BOOLEAN NOT NULL DEFAULT false,
    "talentflow_signal_id" UUID,
    "nurture_sequence_id" VARCHAR(100),
    "nurture_step" INTEGER DEFAULT 0,
    "nurture_started_at" TIMESTAMPTZ(6),
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "demoted_to_reengagement" BOOLEAN NOT NULL DEFAULT false,
    "demoted_at" TIMESTAMPTZ(6),
    "promoted_to_appointment" BOOLEAN NOT NULL DEFAULT false,
    "promoted_at" TIMESTAMPTZ(6),
    "source" VARCHAR(100),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "warm_universe_pkey" PRIMARY KEY ("warm_id")
);

-- CreateTable
CREATE TABLE "funnel"."talentflow_signal_log" (
    "signal_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "suspect_id" UUID,
    "signal_type" "funnel"."talentflow_signal_type" NOT NULL,
    "old_company_id" UUID,
    "new_company_id" UUID,
    "old_company_name" VARCHAR(255),
    "old_title" VARCHAR(255),
    "new_company_name" VARCHAR(255),
    "new_title" VARCHAR(255),
    "old_value" TEXT,
    "new_value" TEXT,
    "signal_ts" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "movement_detected_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "is_verified" BOOLEAN NOT NULL DEFAULT false,
    "verified_at" TIMESTAMPTZ(6),
    "verification_source" VARCHAR(100),
    "verification_confidence" DECIMAL(3,2),
    "is_processed" BOOLEAN NOT NULL DEFAULT false,
    "processed_at" TIMESTAMPTZ(6),
    "triggered_state_change" BOOLEAN NOT NULL DEFAULT false,
    "priority_score" INTEGER NOT NULL DEFAULT 50,
    "is_expired" BOOLEAN NOT NULL DEFAULT false,
    "expires_at" TIMESTAMPTZ(6),
    "source_system" VARCHAR(100),
    "source_record_id" VARCHAR(100),
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "talentflow_signal_log_pkey" PRIMARY KEY ("signal_id")
);

-- CreateTable
CREATE TABLE "funnel"."bit_signal_log" (
    "bit_log_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "suspect_id" UUID,
    "bit_score" INTEGER NOT NULL,
    "previous_score" INTEGER,
    "score_delta" INTEGER,
    "open_points" INTEGER NOT NULL DEFAULT 0,
    "click_points" INTEGER NOT NULL DEFAULT 0,
    "reply_points" INTEGER NOT NULL DEFAULT 0,
    "website_points" INTEGER NOT NULL DEFAULT 0,
    "content_points" INTEGER NOT NULL DEFAULT 0,
    "webinar_points" INTEGER NOT NULL DEFAULT 0,
    "talentflow_points" INTEGER NOT NULL DEFAULT 0,
    "recency_decay" INTEGER NOT NULL DEFAULT 0,
    "crossed_warm_threshold" BOOLEAN NOT NULL DEFAULT false,
    "crossed_hot_threshold" BOOLEAN NOT NULL DEFAULT false,
    "crossed_priority_threshold" BOOLEAN NOT NULL DEFAULT false,
    "bit_reason" VARCHAR(255) NOT NULL,
    "triggering_event_id" UUID,
    "detected_ts" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "triggered_state_change" BOOLEAN NOT NULL DEFAULT false,
    "new_state" "funnel"."lifecycle_state",
    "calculation_details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bit_signal_log_pkey" PRIMARY KEY ("bit_log_id")
);

-- CreateTable
CREATE TABLE "funnel"."prospect_movement" (
    "movement_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "suspect_id" UUID,
    "from_state" "funnel"."lifecycle_state" NOT NULL,
    "to_state" "funnel"."lifecycle_state" NOT NULL,
    "from_funnel" "funnel"."funnel_membership",
    "to_funnel" "funnel"."funnel_membership",
    "event_type" "funnel"."event_type" NOT NULL,
    "triggering_event_id" UUID,
    "triggering_event_table" VARCHAR(100),
    "event_ts" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "transition_processed_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "validation_passed" BOOLEAN NOT NULL DEFAULT true,
    "validation_checks" JSONB NOT NULL DEFAULT '[]',
    "was_in_cooldown" BOOLEAN NOT NULL DEFAULT false,
    "cooldown_bypassed" BOOLEAN NOT NULL DEFAULT false,
    "cooldown_bypass_reason" TEXT,
    "is_manual_override" BOOLEAN NOT NULL DEFAULT false,
    "override_user_id" VARCHAR(100),
    "override_reason" TEXT,
    "old_sequence_id" VARCHAR(100),
    "new_sequence_id" VARCHAR(100),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prospect_movement_pkey" PRIMARY KEY ("movement_id")
);

-- CreateTable
CREATE TABLE "funnel"."appointment_history" (
    "appointment_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "suspect_id" UUID,
    "appointment_ts" TIMESTAMPTZ(6) NOT NULL,
    "appointment_end_ts" TIMESTAMPTZ(6),
    "timezone" VARCHAR(50) DEFAULT 'America/New_York',
    "status" "funnel"."appointment_status" NOT NULL DEFAULT 'scheduled',
    "outcome" "funnel"."appointment_outcome" NOT NULL DEFAULT 'pending',
    "meeting_type" VARCHAR(50),
    "meeting_format" VARCHAR(50),
    "meeting_link" VARCHAR(500),
    "meeting_location" TEXT,
    "ac_meeting_id" VARCHAR(100),
    "calendar_event_id" VARCHAR(255),
    "calendly_event_id" VARCHAR(255),
    "hubspot_meeting_id" VARCHAR(100),
    "meeting_notes" TEXT,
    "pre_meeting_notes" TEXT,
    "follow_up_notes" TEXT,
    "attendee_count" INTEGER DEFAULT 1,
    "attendee_names" TEXT[],
    "attendee_titles" TEXT[],
    "source_funnel" "funnel"."funnel_membership",
    "booking_source" VARCHAR(50),
    "triggering_event_id" UUID,
    "follow_up_scheduled" BOOLEAN NOT NULL DEFAULT false,
    "follow_up_date" DATE,
    "next_steps" TEXT,
    "reschedule_count" INTEGER NOT NULL DEFAULT 0,
    "original_appointment_ts" TIMESTAMPTZ(6),
    "reschedule_reason" TEXT,
    "promoted_to_client" BOOLEAN NOT NULL DEFAULT false,
    "promoted_at" TIMESTAMPTZ(6),
    "demoted_to_reengagement" BOOLEAN NOT NULL DEFAULT false,
    "demoted_at" TIMESTAMPTZ(6),
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appointment_history_pkey" PRIMARY KEY ("appointment_id")
);

-- CreateTable
CREATE TABLE "funnel"."client_conversion" (
    "client_id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "company_id" UUID NOT NULL,
    "person_id" UUID,
    "suspect_id" UUID,
    "signed_ts" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "effective_date" DATE,
    "contract_start_date" DATE,
    "contract_end_date" DATE,
    "contract_status" "funnel"."contract_status" NOT NULL DEFAULT 'signed',
    "lives" INTEGER,
    "annual_revenue" DECIMAL(12,2),
    "monthly_revenue" DECIMAL(12,2),
    "deal_value" DECIMAL(12,2),
    "currency" VARCHAR(3) DEFAULT 'USD',
    "revenue_type" VARCHAR(50),
    "source_funnel" "funnel"."funnel_membership",
    "source_appointment_id" UUID,
    "acquisition_channel" VARCHAR(100),
    "days_to_conversion" INTEGER,
    "touchpoints_count" INTEGER,
    "meetings_count" INTEGER,
    "sales_rep_id" VARCHAR(100),
    "sales_rep_name" VARCHAR(255),
    "sales_team" VARCHAR(100),
    "crm_deal_id" VARCHAR(100),
    "crm_account_id" VARCHAR(100),
    "hubspot_deal_id" VARCHAR(100),
    "salesforce_opp_id" VARCHAR(100),
    "contract_type" VARCHAR(50),
    "contract_term_months" INTEGER,
    "auto_renewal" BOOLEAN DEFAULT false,
    "notes" TEXT,
    "win_reason" TEXT,
    "onboarding_status" VARCHAR(50) DEFAULT 'pending',
    "onboarding_started_at" TIMESTAMPTZ(6),
    "onboarding_completed_at" TIMESTAMPTZ(6),
    "csm_assigned" VARCHAR(255),
    "churned_at" TIMESTAMPTZ(6),
    "churn_reason" TEXT,
    "metadata" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "client_conversion_pkey" PRIMARY KEY ("client_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "offers_slug_key" ON "offers"("slug");

-- CreateIndex
CREATE INDEX "idx_offers_status" ON "offers"("status");

-- CreateIndex
CREATE INDEX "idx_offers_type" ON "offers"("type");

-- CreateIndex
CREATE INDEX "idx_companies_offer" ON "companies"("offer_id");

-- CreateIndex
CREATE INDEX "idx_companies_status" ON "companies"("status");

-- CreateIndex
CREATE INDEX "idx_companies_source" ON "companies"("source_tool");

-- CreateIndex
CREATE INDEX "idx_companies_fit_score" ON "companies"("fit_score" DESC);

-- CreateIndex
CREATE INDEX "idx_companies_domain" ON "companies"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "companies_offer_id_domain_key" ON "companies"("offer_id", "domain");

-- CreateIndex
CREATE INDEX "idx_contacts_company" ON "contacts"("company_id");

-- CreateIndex
CREATE INDEX "idx_contacts_offer" ON "contacts"("offer_id");

-- CreateIndex
CREATE INDEX "idx_contacts_status" ON "contacts"("status");

-- CreateIndex
CREATE INDEX "idx_contacts_email" ON "contacts"("email") WHERE (email IS NOT NULL);

-- CreateIndex
CREATE INDEX "idx_contacts_linkedin" ON "contacts"("linkedin_url") WHERE (linkedin_url IS NOT NULL);

-- CreateIndex
CREATE INDEX "idx_contacts_global_status" ON "contacts"("global_status");

-- CreateIndex
CREATE INDEX "idx_contacts_global_last_contacted" ON "contacts"("global_last_contacted_at");

-- CreateIndex
CREATE INDEX "idx_contacts_eligible" ON "contacts"("eligible_for_outreach") WHERE (eligible_for_outreach = true);

-- CreateIndex
CREATE UNIQUE INDEX "contacts_offer_id_linkedin_url_key" ON "contacts"("offer_id", "linkedin_url");

-- CreateIndex
CREATE UNIQUE INDEX "contacts_offer_id_email_key" ON "contacts"("offer_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "campaigns_campaign_slug_key" ON "campaigns"("campaign_slug");

-- CreateIndex
CREATE INDEX "idx_campaigns_offer" ON "campaigns"("offer_id");

-- CreateIndex
CREATE INDEX "idx_campaigns_status" ON "campaigns"("status");

-- CreateIndex
CREATE INDEX "idx_campaigns_account" ON "campaigns"("account_id");

-- CreateIndex
CREATE INDEX "idx_campaign_contacts_campaign" ON "campaign_contacts"("campaign_id");

-- CreateIndex
CREATE INDEX "idx_campaign_contacts_contact" ON "campaign_contacts"("contact_id");

-- CreateIndex
CREATE INDEX "idx_campaign_contacts_status" ON "campaign_contacts"("status");

-- CreateIndex
CREATE INDEX "idx_campaign_contacts_next_step" ON "campaign_contacts"("next_step_at") WHERE (status = ANY (ARRAY['queued'::text, 'in_progress'::text, 'waiting'::text]));

-- CreateIndex
CREATE UNIQUE INDEX "campaign_contacts_campaign_id_contact_id_key" ON "campaign_contacts"("campaign_id", "contact_id");

-- CreateIndex
CREATE INDEX "idx_messages_campaign_contact" ON "messages"("campaign_contact_id");

-- CreateIndex
CREATE INDEX "idx_messages_campaign" ON "messages"("campaign_id");

-- CreateIndex
CREATE INDEX "idx_messages_contact" ON "messages"("contact_id");

-- CreateIndex
CREATE INDEX "idx_messages_account" ON "messages"("account_id");

-- CreateIndex
CREATE INDEX "idx_messages_send_queue" ON "messages"("send_queue_id");

-- CreateIndex
CREATE INDEX "idx_messages_status" ON "messages"("status");

-- CreateIndex
CREATE INDEX "idx_messages_scheduled" ON "messages"("scheduled_at") WHERE (status = 'pending'::text);

-- CreateIndex
CREATE INDEX "idx_accounts_type" ON "accounts"("type");

-- CreateIndex
CREATE INDEX "idx_accounts_owner" ON "accounts"("owner");

-- CreateIndex
CREATE INDEX "idx_accounts_status" ON "accounts"("status");

-- CreateIndex
CREATE INDEX "idx_activity_account_date" ON "account_activity"("account_id", "created_at");

-- CreateIndex
CREATE INDEX "idx_activity_daily" ON "account_activity"("account_id", "action_type", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "tools_name_key" ON "tools"("name");

-- CreateIndex
CREATE INDEX "idx_tool_usage_tool" ON "tool_usage"("tool_id");

-- CreateIndex
CREATE INDEX "idx_tool_usage_date" ON "tool_usage"("created_at");

-- CreateIndex
CREATE INDEX "idx_tool_usage_offer" ON "tool_usage"("offer_id");

-- CreateIndex
CREATE INDEX "idx_message_templates_offer" ON "message_templates"("offer_id");

-- CreateIndex
CREATE INDEX "idx_message_templates_campaign" ON "message_templates"("campaign_id");

-- CreateIndex
CREATE INDEX "idx_send_queue_status_scheduled" ON "send_queue"("status", "scheduled_for");

-- CreateIndex
CREATE INDEX "idx_send_queue_campaign_status" ON "send_queue"("campaign_id", "status");

-- CreateIndex
CREATE INDEX "idx_send_queue_contact" ON "send_queue"("contact_id");

-- CreateIndex
CREATE INDEX "idx_send_queue_account_status" ON "send_queue"("account_id", "status");

-- CreateIndex
CREATE INDEX "idx_send_queue_campaign_contact" ON "send_queue"("campaign_contact_id");

-- CreateIndex
CREATE INDEX "idx_message_events_send_queue" ON "message_events"("send_queue_id");

-- CreateIndex
CREATE INDEX "idx_message_events_contact" ON "message_events"("contact_id");

-- CreateIndex
CREATE INDEX "idx_message_events_campaign_type" ON "message_events"("campaign_id", "event_type");

-- CreateIndex
CREATE INDEX "idx_message_events_type_created" ON "message_events"("event_type", "created_at");

-- CreateIndex
CREATE INDEX "idx_outreach_history_email_sent" ON "outreach_history"("contact_email", "sent_at");

-- CreateIndex
CREATE INDEX "idx_outreach_history_linkedin_sent" ON "outreach_history"("contact_linkedin_url", "sent_at");

-- CreateIndex
CREATE INDEX "idx_outreach_history_contact" ON "outreach_history"("contact_id");

-- CreateIndex
CREATE INDEX "idx_outreach_history_campaign" ON "outreach_history"("campaign_id");

-- CreateIndex
CREATE INDEX "idx_outreach_history_sent" ON "outreach_history"("sent_at");

-- CreateIndex
CREATE INDEX "idx_outreach_history_send_queue" ON "outreach_history"("send_queue_id");

-- CreateIndex
CREATE INDEX "idx_pipeline_runs_offer" ON "pipeline_runs"("offer_id");

-- CreateIndex
CREATE INDEX "idx_pipeline_runs_campaign" ON "pipeline_runs"("campaign_id");

-- CreateIndex
CREATE INDEX "idx_pipeline_steps_run" ON "pipeline_steps"("pipeline_run_id");

-- CreateIndex
CREATE UNIQUE INDEX "suspect_universe_person_id_key" ON "funnel"."suspect_universe"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "suspect_universe_email_key" ON "funnel"."suspect_universe"("email");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_company" ON "funnel"."suspect_universe"("company_id");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_state" ON "funnel"."suspect_universe"("funnel_state");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_membership" ON "funnel"."suspect_universe"("funnel_membership");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_state_company" ON "funnel"."suspect_universe"("funnel_state", "company_id");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_state_last_event" ON "funnel"."suspect_universe"("funnel_state", "last_event_ts");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_membership_state" ON "funnel"."suspect_universe"("funnel_membership", "funnel_state");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_last_event" ON "funnel"."suspect_universe"("last_event_ts");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_last_state_change" ON "funnel"."suspect_universe"("last_state_change_ts");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_entered_suspect" ON "funnel"."suspect_universe"("entered_suspect_ts");

-- CreateIndex
CREATE INDEX "idx_suspect_universe_locked" ON "funnel"."suspect_universe"("is_locked") WHERE (is_locked = true);

-- CreateIndex
CREATE INDEX "idx_suspect_universe_cooldown" ON "funnel"."suspect_universe"("cooldown_until") WHERE (cooldown_until IS NOT NULL);

-- CreateIndex
CREATE INDEX "idx_suspect_universe_reengagement" ON "funnel"."suspect_universe"("reengagement_cycle", "last_reengagement_ts") WHERE (funnel_state = 'REENGAGEMENT'::funnel.lifecycle_state);

-- CreateIndex
CREATE INDEX "idx_suspect_universe_active" ON "funnel"."suspect_universe"("funnel_state") WHERE ((is_bounced = false) AND (is_unsubscribed = false) AND (is_disqualified = false));

-- CreateIndex
CREATE INDEX "idx_suspect_universe_bit_score" ON "funnel"."suspect_universe"("current_bit_score" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "engagement_events_event_hash_key" ON "funnel"."engagement_events"("event_hash");

-- CreateIndex
CREATE INDEX "idx_engagement_events_person" ON "funnel"."engagement_events"("person_id");

-- CreateIndex
CREATE INDEX "idx_engagement_events_company" ON "funnel"."engagement_events"("company_id");

-- CreateIndex
CREATE INDEX "idx_engagement_events_type" ON "funnel"."engagement_events"("event_type");

-- CreateIndex
CREATE INDEX "idx_engagement_events_ts" ON "funnel"."engagement_events"("event_ts");

-- CreateIndex
CREATE INDEX "idx_engagement_events_person_type" ON "funnel"."engagement_events"("person_id", "event_type");

-- CreateIndex
CREATE INDEX "idx_engagement_events_person_ts" ON "funnel"."engagement_events"("person_id", "event_ts");

-- CreateIndex
CREATE INDEX "idx_engagement_events_company_type" ON "funnel"."engagement_events"("company_id", "event_type");

-- CreateIndex
CREATE INDEX "idx_engagement_events_type_ts" ON "funnel"."engagement_events"("event_type", "event_ts");

-- CreateIndex
CREATE INDEX "idx_engagement_events_unprocessed" ON "funnel"."engagement_events"("event_ts") WHERE (is_processed = false);

-- CreateIndex
CREATE INDEX "idx_engagement_events_triggered" ON "funnel"."engagement_events"("transition_to_state") WHERE (triggered_transition = true);

-- CreateIndex
CREATE INDEX "idx_engagement_events_source_system" ON "funnel"."engagement_events"("source_system");

-- CreateIndex
CREATE INDEX "idx_engagement_events_campaign" ON "funnel"."engagement_events"("source_campaign_id");

-- CreateIndex
CREATE INDEX "idx_engagement_events_suspect" ON "funnel"."engagement_events"("suspect_id");

-- CreateIndex
CREATE INDEX "idx_engagement_events_metadata" ON "funnel"."engagement_events" USING GIN ("metadata" jsonb_path_ops);

-- CreateIndex
CREATE UNIQUE INDEX "warm_universe_person_id_key" ON "funnel"."warm_universe"("person_id");

-- CreateIndex
CREATE INDEX "idx_warm_universe_company" ON "funnel"."warm_universe"("company_id");

-- CreateIndex
CREATE INDEX "idx_warm_universe_suspect" ON "funnel"."warm_universe"("suspect_id");

-- CreateIndex
CREATE INDEX "idx_warm_universe_active" ON "funnel"."warm_universe"("is_active");

-- CreateIndex
CREATE INDEX "idx_warm_universe_first_warm" ON "funnel"."warm_universe"("first_warm_ts");

-- CreateIndex
CREATE INDEX "idx_talentflow_signal_log_person" ON "funnel"."talentflow_signal_log"("person_id");

-- CreateIndex
CREATE INDEX "idx_talentflow_signal_log_company" ON "funnel"."talentflow_signal_log"("company_id");

-- CreateIndex
CREATE INDEX "idx_talentflow_signal_log_suspect" ON "funnel"."talentflow_signal_log"("suspect_id");

-- CreateIndex
CREATE INDEX "idx_talentflow_signal_log_type" ON "funnel"."talentflow_signal_log"("signal_type");

-- CreateIndex
CREATE INDEX "idx_talentflow_signal_log_ts" ON "funnel"."talentflow_signal_log"("signal_ts");

-- CreateIndex
CREATE INDEX "idx_talentflow_signal_log_expires" ON "funnel"."talentflow_signal_log"("expires_at") WHERE (is_expired = false);

-- CreateIndex
CREATE INDEX "idx_talentflow_signal_log_unprocessed" ON "funnel"."talentflow_signal_log"("signal_ts") WHERE (is_processed = false);

-- CreateIndex
CREATE INDEX "idx_talentflow_signal_log_priority" ON "funnel"."talentflow_signal_log"("priority_score" DESC);

-- CreateIndex
CREATE INDEX "idx_bit_signal_log_person_ts" ON "funnel"."bit_signal_log"("person_id", "detected_ts" DESC);

-- CreateIndex
CREATE INDEX "idx_bit_signal_log_company" ON "funnel"."bit_signal_log"("company_id");

-- CreateIndex
CREATE INDEX "idx_bit_signal_log_suspect" ON "funnel"."bit_signal_log"("suspect_id");

-- CreateIndex
CREATE INDEX "idx_bit_signal_log_score" ON "funnel"."bit_signal_log"("bit_score" DESC);

-- CreateIndex
CREATE INDEX "idx_bit_signal_log_event" ON "funnel"."bit_signal_log"("triggering_event_id");

-- CreateIndex
CREATE INDEX "idx_prospect_movement_person_ts" ON "funnel"."prospect_movement"("person_id", "transition_processed_at");

-- CreateIndex
CREATE INDEX "idx_prospect_movement_company" ON "funnel"."prospect_movement"("company_id");

-- CreateIndex
CREATE INDEX "idx_prospect_movement_suspect" ON "funnel"."prospect_movement"("suspect_id");

-- CreateIndex
CREATE INDEX "idx_prospect_movement_states" ON "funnel"."prospect_movement"("from_state", "to_state");

-- CreateIndex
CREATE INDEX "idx_prospect_movement_event" ON "funnel"."prospect_movement"("event_type");

-- CreateIndex
CREATE INDEX "idx_prospect_movement_processed" ON "funnel"."prospect_movement"("transition_processed_at");

-- CreateIndex
CREATE INDEX "idx_prospect_movement_to_funnel" ON "funnel"."prospect_movement"("to_funnel");

-- CreateIndex
CREATE INDEX "idx_appointment_history_person" ON "funnel"."appointment_history"("person_id");

-- CreateIndex
CREATE INDEX "idx_appointment_history_company" ON "funnel"."appointment_history"("company_id");

-- CreateIndex
CREATE INDEX "idx_appointment_history_suspect" ON "funnel"."appointment_history"("suspect_id");

-- CreateIndex
CREATE INDEX "idx_appointment_history_ts" ON "funnel"."appointment_history"("appointment_ts");

-- CreateIndex
CREATE INDEX "idx_appointment_history_status_ts" ON "funnel"."appointment_history"("status", "appointment_ts");

-- CreateIndex
CREATE INDEX "idx_appointment_history_source_funnel" ON "funnel"."appointment_history"("source_funnel");

-- CreateIndex
CREATE UNIQUE INDEX "client_conversion_company_id_key" ON "funnel"."client_conversion"("company_id");

-- CreateIndex
CREATE INDEX "idx_client_conversion_person" ON "funnel"."client_conversion"("person_id");

-- CreateIndex
CREATE INDEX "idx_client_conversion_suspect" ON "funnel"."client_conversion"("suspect_id");

-- CreateIndex
CREATE INDEX "idx_client_conversion_status" ON "funnel"."client_conversion"("contract_status");

-- CreateIndex
CREATE INDEX "idx_client_conversion_signed" ON "funnel"."client_conversion"("signed_ts");

-- CreateIndex
CREATE INDEX "idx_client_conversion_source_funnel" ON "funnel"."client_conversion"("source_funnel");

-- CreateIndex
CREATE INDEX "idx_client_conversion_end_date" ON "funnel"."client_conversion"("contract_end_date");

-- AddForeignKey
ALTER TABLE "companies" ADD CONSTRAINT "companies_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "campaign_contacts" ADD CONSTRAINT "campaign_contacts_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "campaign_contacts" ADD CONSTRAINT "campaign_contacts_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_campaign_contact_id_fkey" FOREIGN KEY ("campaign_contact_id") REFERENCES "campaign_contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "messages" ADD CONSTRAINT "messages_send_queue_id_fkey" FOREIGN KEY ("send_queue_id") REFERENCES "send_queue"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "account_activity" ADD CONSTRAINT "account_activity_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "account_activity" ADD CONSTRAINT "account_activity_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "account_activity" ADD CONSTRAINT "account_activity_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "tool_usage" ADD CONSTRAINT "tool_usage_tool_id_fkey" FOREIGN KEY ("tool_id") REFERENCES "tools"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "tool_usage" ADD CONSTRAINT "tool_usage_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "tool_usage" ADD CONSTRAINT "tool_usage_company_id_fkey" FOREIGN KEY ("company_id") REFERENCES "companies"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "tool_usage" ADD CONSTRAINT "tool_usage_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "message_templates" ADD CONSTRAINT "message_templates_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "send_queue" ADD CONSTRAINT "send_queue_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "send_queue" ADD CONSTRAINT "send_queue_campaign_contact_id_fkey" FOREIGN KEY ("campaign_contact_id") REFERENCES "campaign_contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "send_queue" ADD CONSTRAINT "send_queue_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "send_queue" ADD CONSTRAINT "send_queue_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "message_events" ADD CONSTRAINT "message_events_send_queue_id_fkey" FOREIGN KEY ("send_queue_id") REFERENCES "send_queue"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "message_events" ADD CONSTRAINT "message_events_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "message_events" ADD CONSTRAINT "message_events_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "message_events" ADD CONSTRAINT "message_events_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "outreach_history" ADD CONSTRAINT "outreach_history_contact_id_fkey" FOREIGN KEY ("contact_id") REFERENCES "contacts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "outreach_history" ADD CONSTRAINT "outreach_history_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "outreach_history" ADD CONSTRAINT "outreach_history_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "outreach_history" ADD CONSTRAINT "outreach_history_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "outreach_history" ADD CONSTRAINT "outreach_history_send_queue_id_fkey" FOREIGN KEY ("send_queue_id") REFERENCES "send_queue"("id") ON DELETE SET NULL ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "pipeline_runs" ADD CONSTRAINT "pipeline_runs_offer_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "pipeline_runs" ADD CONSTRAINT "pipeline_runs_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "pipeline_steps" ADD CONSTRAINT "pipeline_steps_pipeline_run_id_fkey" FOREIGN KEY ("pipeline_run_id") REFERENCES "pipeline_runs"("id") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."engagement_events" ADD CONSTRAINT "engagement_events_suspect_id_fkey" FOREIGN KEY ("suspect_id") REFERENCES "funnel"."suspect_universe"("suspect_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."warm_universe" ADD CONSTRAINT "warm_universe_suspect_id_fkey" FOREIGN KEY ("suspect_id") REFERENCES "funnel"."suspect_universe"("suspect_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."warm_universe" ADD CONSTRAINT "warm_universe_qualifying_event_id_fkey" FOREIGN KEY ("qualifying_event_id") REFERENCES "funnel"."engagement_events"("event_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."talentflow_signal_log" ADD CONSTRAINT "talentflow_signal_log_suspect_id_fkey" FOREIGN KEY ("suspect_id") REFERENCES "funnel"."suspect_universe"("suspect_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."bit_signal_log" ADD CONSTRAINT "bit_signal_log_suspect_id_fkey" FOREIGN KEY ("suspect_id") REFERENCES "funnel"."suspect_universe"("suspect_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."bit_signal_log" ADD CONSTRAINT "bit_signal_log_triggering_event_id_fkey" FOREIGN KEY ("triggering_event_id") REFERENCES "funnel"."engagement_events"("event_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."prospect_movement" ADD CONSTRAINT "prospect_movement_suspect_id_fkey" FOREIGN KEY ("suspect_id") REFERENCES "funnel"."suspect_universe"("suspect_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."appointment_history" ADD CONSTRAINT "appointment_history_suspect_id_fkey" FOREIGN KEY ("suspect_id") REFERENCES "funnel"."suspect_universe"("suspect_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."appointment_history" ADD CONSTRAINT "appointment_history_triggering_event_id_fkey" FOREIGN KEY ("triggering_event_id") REFERENCES "funnel"."engagement_events"("event_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."client_conversion" ADD CONSTRAINT "client_conversion_suspect_id_fkey" FOREIGN KEY ("suspect_id") REFERENCES "funnel"."suspect_universe"("suspect_id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "funnel"."client_conversion" ADD CONSTRAINT "client_conversion_source_appointment_id_fkey" FOREIGN KEY ("source_appointment_id") REFERENCES "funnel"."appointment_history"("appointment_id") ON DELETE NO ACTION ON UPDATE NO ACTION;
