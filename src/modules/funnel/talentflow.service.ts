// TalentFlow job-move signals: stored in talentflow_signal_log (priority by type, fresh for
// talentflowFreshDays), then ingested into the person's lifecycle as EVENT_TALENTFLOW_MOVE in the
// same transaction. A verified, fresh move makes a SUSPECT TALENTFLOW_WARM; WARM and REENGAGEMENT
// people move on any fresh signal (DOMAIN.md's table has no condition for them).
import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db.js';
import { ValidationFailedError } from '../../errors.js';
import type { TalentflowSignalType } from '../../generated/prisma/enums.js';
import {
  checkEventTime,
  checkSourceFields,
  ensurePerson,
  ingest,
  type IngestResult,
  type PersonIdentity,
  transaction,
} from './funnel.service.js';
import { DAY_MS, type FunnelSettings, isFreshSignal, sameCompanyJobChange } from './funnel.rules.js';
import { funnelSettings } from './funnel.settings.js';

export interface TalentflowSignalInput extends PersonIdentity {
  signalType: TalentflowSignalType;
  oldCompanyId?: string | null;
  newCompanyId?: string | null;
  oldCompanyName?: string | null;
  oldTitle?: string | null;
  newCompanyName?: string | null;
  newTitle?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
  /** When the move happened (default: detectedAt). */
  signalTs?: Date | null;
  /** When TalentFlow saw it (the lifecycle's clock for this event; default now). */
  detectedAt?: Date | null;
  verified?: boolean | null;
  verificationSource?: 'linkedin' | 'manual' | 'crm' | null;
  /** 0..1 as a decimal string. */
  verificationConfidence?: string | null;
  sourceSystem?: string | null;
  /** The signal's id at the source; the same id twice for one person is one signal. */
  sourceRecordId?: string | null;
  metadata?: Record<string, unknown> | null;
}

export interface TalentflowResult extends IngestResult {
  signalId: string;
}

function validate(input: TalentflowSignalInput, signalTs: Date, detectedAt: Date, s: FunnelSettings): void {
  checkEventTime(detectedAt, 'detectedAt', s);
  checkSourceFields({ sourceSystem: input.sourceSystem });
  const problems: { path: string; message: string }[] = [];
  if (sameCompanyJobChange(input)) {
    problems.push({ path: 'newCompanyId', message: 'a job change must be to a different company than the old one' });
  }
  if (signalTs > detectedAt) problems.push({ path: 'signalTs', message: 'must not be after detectedAt' });
  if (input.verificationConfidence != null) {
    const c = Number(input.verificationConfidence);
    if (!(c >= 0 && c <= 1)) problems.push({ path: 'verificationConfidence', message: 'must be between 0 and 1' });
  }
  for (const k of ['oldCompanyName', 'oldTitle', 'newCompanyName', 'newTitle'] as const) {
    if ((input[k]?.length ?? 0) > 255) problems.push({ path: k, message: 'must be at most 255 characters' });
  }
  if ((input.sourceRecordId?.length ?? 0) > 100) problems.push({ path: 'sourceRecordId', message: 'must be at most 100 characters' });
  if (problems.length) throw new ValidationFailedError(problems);
}

/** Stores a TalentFlow signal for a person (created if new) and applies the move it earns. */
export async function recordTalentflowSignal(
  input: TalentflowSignalInput,
  s: FunnelSettings = funnelSettings(),
): Promise<TalentflowResult> {
  const detectedAt = input.detectedAt ?? new Date();
  const signalTs = input.signalTs ?? detectedAt;
  validate(input, signalTs, detectedAt, s);
  return transaction((tx) => storeSignal(tx, input, signalTs, detectedAt, s));
}

async function storeSignal(
  tx: Tx,
  input: TalentflowSignalInput,
  signalTs: Date,
  detectedAt: Date,
  s: FunnelSettings,
): Promise<TalentflowResult> {
  const sourceSystem = input.sourceSystem ?? 'talentflow';
  const { person } = await ensurePerson(tx, { ...input, source: input.source ?? sourceSystem }, detectedAt);
  if (input.sourceRecordId) {
    const existing = await tx.$queryRaw<{ signal_id: string }[]>`
      SELECT signal_id FROM funnel.talentflow_signal_log
      WHERE person_id = ${person.person_id}::uuid AND source_system = ${sourceSystem} AND source_record_id = ${input.sourceRecordId}
      LIMIT 1`;
    if (existing[0]) {
      const events = await tx.$queryRaw<IngestResult['event'][]>`
        SELECT event_id, person_id, event_type, event_subtype, event_ts, is_processed, triggered_transition,
          transition_to_state, is_duplicate
        FROM funnel.engagement_events
        WHERE person_id = ${person.person_id}::uuid AND source_email_id = ${`talentflow:${existing[0].signal_id}`}`;
      return { signalId: existing[0].signal_id, person, event: events[0]!, duplicate: true, held: false, movement: null, noMoveReason: null };
    }
  }
  const signalId = randomUUID();
  const verified = input.verified ?? false;
  const fresh = isFreshSignal(signalTs, detectedAt, s);
  await tx.$executeRaw`
    INSERT INTO funnel.talentflow_signal_log (
      signal_id, company_id, person_id, suspect_id, signal_type, old_company_id, new_company_id, old_company_name,
      old_title, new_company_name, new_title, old_value, new_value, signal_ts, movement_detected_at, is_verified,
      verified_at, verification_source, verification_confidence, is_processed, processed_at, priority_score,
      is_expired, expires_at, source_system, source_record_id, metadata)
    VALUES (
      ${signalId}::uuid, ${person.company_id}::uuid, ${person.person_id}::uuid, ${person.suspect_id}::uuid,
      ${input.signalType}::funnel.talentflow_signal_type, ${input.oldCompanyId ?? null}::uuid, ${input.newCompanyId ?? null}::uuid,
      ${input.oldCompanyName ?? null}, ${input.oldTitle ?? null}, ${input.newCompanyName ?? null}, ${input.newTitle ?? null},
      ${input.oldValue ?? null}, ${input.newValue ?? null}, ${signalTs}::timestamptz, ${detectedAt}::timestamptz, ${verified},
      ${verified ? detectedAt : null}::timestamptz, ${input.verificationSource ?? null}, ${input.verificationConfidence ?? null}::numeric,
      true, ${detectedAt}::timestamptz, ${s.talentflowPriority[input.signalType]}, ${!fresh},
      ${new Date(signalTs.getTime() + s.talentflowFreshDays * DAY_MS)}::timestamptz, ${sourceSystem},
      ${input.sourceRecordId ?? null}, ${JSON.stringify(input.metadata ?? {})}::jsonb)`;
  const result = await ingest(
    tx,
    person,
    {
      kind: 'talentflow',
      at: detectedAt,
      signal: { id: signalId, type: input.signalType, verified, fresh },
      sourceSystem,
      sourceEmailId: `talentflow:${signalId}`,
      metadata: {
        signal_id: signalId,
        signal_type: input.signalType,
        verified,
        fresh,
        priority_score: s.talentflowPriority[input.signalType],
      },
      movementMetadata: { signal_id: signalId, signal_type: input.signalType },
    },
    s,
  );
  return { ...result, signalId };
}
