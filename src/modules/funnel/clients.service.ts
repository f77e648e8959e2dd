// Signing a client: APPOINTMENT → CLIENT (EVENT_CLIENT_SIGNED) with its client_conversion row, in
// one transaction. A company converts once (client_conversion.company_id is UNIQUE): a second
// signing for the same company is a typed Conflict and changes nothing.
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationFailedError, type FieldProblem } from '../../errors.js';
import { EventType } from '../../generated/prisma/enums.js';
import {
  assertCanMove,
  checkEventTime,
  ingest,
  type IngestResult,
  type PersonKey,
  requirePerson,
  SOURCE_GRAPH,
  transaction,
} from './funnel.service.js';
import type { FunnelSettings } from './funnel.rules.js';
import { funnelSettings } from './funnel.settings.js';

export type ContractStatusValue = 'pending_signature' | 'signed' | 'active' | 'completed' | 'cancelled' | 'churned';

export interface SignClientInput extends PersonKey {
  signedAt?: Date | null;
  /** The meeting that won the deal (default: the person's latest completed meeting, else latest meeting). */
  appointmentId?: string | null;
  contractStatus?: ContractStatusValue | null;
  /** Calendar dates, YYYY-MM-DD. */
  effectiveDate?: string | null;
  contractStartDate?: string | null;
  contractEndDate?: string | null;
  lives?: number | null;
  /** Money as decimal strings. */
  annualRevenue?: string | null;
  monthlyRevenue?: string | null;
  dealValue?: string | null;
  currency?: string | null;
  revenueType?: 'subscription' | 'one_time' | 'usage_based' | null;
  acquisitionChannel?: string | null;
  salesRepId?: string | null;
  salesRepName?: string | null;
  salesTeam?: string | null;
  crmDealId?: string | null;
  crmAccountId?: string | null;
  hubspotDealId?: string | null;
  salesforceOppId?: string | null;
  contractType?: string | null;
  contractTermMonths?: number | null;
  autoRenewal?: boolean | null;
  notes?: string | null;
  winReason?: string | null;
  csmAssigned?: string | null;
}

export interface SignClientResult {
  clientId: string;
  lifecycle: IngestResult;
}

const MONEY = /^\d{1,10}(\.\d{1,2})?$/;

function validate(input: SignClientInput): void {
  const problems: FieldProblem[] = [];
  for (const k of ['annualRevenue', 'monthlyRevenue', 'dealValue'] as const) {
    const v = input[k];
    if (v != null && !MONEY.test(v)) problems.push({ path: k, message: 'must be a non-negative amount with at most 2 decimals (below 10 billion)' });
  }
  if (input.lives != null && input.lives < 0) problems.push({ path: 'lives', message: 'must not be negative' });
  if (input.contractTermMonths != null && input.contractTermMonths <= 0) problems.push({ path: 'contractTermMonths', message: 'must be positive' });
  if (input.currency != null && !/^[A-Z]{3}$/.test(input.currency)) problems.push({ path: 'currency', message: 'must be a 3-letter ISO code such as USD' });
  if (input.contractStartDate && input.contractEndDate && input.contractEndDate < input.contractStartDate) {
    problems.push({ path: 'contractEndDate', message: 'must not be before contractStartDate' });
  }
  if (problems.length) throw new ValidationFailedError(problems);
}

/** Signs the person's company as a client: APPOINTMENT → CLIENT with its contract. */
export async function signClient(input: SignClientInput, s: FunnelSettings = funnelSettings()): Promise<SignClientResult> {
  const signedAt = input.signedAt ?? new Date();
  checkEventTime(signedAt, 'signedAt', s);
  validate(input);
  return transaction(async (tx) => {
    const person = await requirePerson(tx, input);
    assertCanMove(person, EventType.EVENT_CLIENT_SIGNED);
    const facts = await tx.$queryRaw<{ appointment_id: string | null; meetings: number; touchpoints: number; owner_ok: boolean }[]>`
      SELECT
        COALESCE(${input.appointmentId ?? null}::uuid, (
          SELECT a.appointment_id FROM funnel.appointment_history AS a WHERE a.person_id = ${person.person_id}::uuid
          ORDER BY (a.status = 'completed') DESC, a.appointment_ts DESC, a.created_at DESC LIMIT 1)) AS appointment_id,
        (SELECT count(*)::int FROM funnel.appointment_history AS a
          WHERE a.person_id = ${person.person_id}::uuid AND a.status = 'completed') AS meetings,
        (SELECT count(*)::int FROM funnel.engagement_events AS e
          WHERE e.person_id = ${person.person_id}::uuid AND NOT e.is_duplicate AND e.source_system IS DISTINCT FROM 'gtm-graph-sweep') AS touchpoints,
        (${input.appointmentId ?? null}::uuid IS NULL OR EXISTS (
          SELECT 1 FROM funnel.appointment_history AS a
          WHERE a.appointment_id = ${input.appointmentId ?? null}::uuid AND a.person_id = ${person.person_id}::uuid)) AS owner_ok`;
    const f = facts[0]!;
    if (!f.owner_ok) throw new NotFoundError('Appointment', input.appointmentId!);
    const clientId = randomUUID();
    const inserted = await tx.$queryRaw<{ client_id: string }[]>`
      INSERT INTO funnel.client_conversion (
        client_id, company_id, person_id, suspect_id, signed_ts, effective_date, contract_start_date, contract_end_date,
        contract_status, lives, annual_revenue, monthly_revenue, deal_value, currency, revenue_type, source_funnel,
        source_appointment_id, acquisition_channel, touchpoints_count, meetings_count, sales_rep_id, sales_rep_name,
        sales_team, crm_deal_id, crm_account_id, hubspot_deal_id, salesforce_opp_id, contract_type, contract_term_months,
        auto_renewal, notes, win_reason, csm_assigned)
      VALUES (
        ${clientId}::uuid, ${person.company_id}::uuid, ${person.person_id}::uuid, ${person.suspect_id}::uuid,
        ${signedAt}::timestamptz, ${input.effectiveDate ?? null}::date, ${input.contractStartDate ?? null}::date,
        ${input.contractEndDate ?? null}::date, ${input.contractStatus ?? 'signed'}::funnel.contract_status,
        ${input.lives ?? null}::int, ${input.annualRevenue ?? null}::numeric, ${input.monthlyRevenue ?? null}::numeric,
        ${input.dealValue ?? null}::numeric, ${input.currency ?? 'USD'}, ${input.revenueType ?? null},
        ${person.funnel_membership}::funnel.funnel_membership, ${f.appointment_id}::uuid, ${input.acquisitionChannel ?? null},
        ${f.touchpoints}, ${f.meetings}, ${input.salesRepId ?? null}, ${input.salesRepName ?? null}, ${input.salesTeam ?? null},
        ${input.crmDealId ?? null}, ${input.crmAccountId ?? null}, ${input.hubspotDealId ?? null}, ${input.salesforceOppId ?? null},
        ${input.contractType ?? null}, ${input.contractTermMonths ?? null}::int, ${input.autoRenewal ?? false},
        ${input.notes ?? null}, ${input.winReason ?? null}, ${input.csmAssigned ?? null})
      ON CONFLICT (company_id) DO NOTHING
      RETURNING client_id`;
    if (inserted.length === 0) {
      throw new ConflictError(`Company ${person.company_id} is already a client (one conversion per company)`);
    }
    const lifecycle = await ingest(tx, person, {
      kind: 'client_signed',
      at: signedAt,
      sourceSystem: SOURCE_GRAPH,
      sourceEmailId: `client:${clientId}`,
      metadata: { client_id: clientId, appointment_id: f.appointment_id },
      movementMetadata: { client_id: clientId, appointment_id: f.appointment_id },
    }, s);
    if (f.appointment_id) {
      await tx.$executeRaw`
        UPDATE funnel.appointment_history SET promoted_to_client = true, promoted_at = ${signedAt}::timestamptz
        WHERE appointment_id = ${f.appointment_id}::uuid`;
    }
    return { clientId, lifecycle };
  });
}
