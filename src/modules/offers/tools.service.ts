// External tools and their usage log. Recording a call writes the tool_usage row and moves the
// tool's counters (requests, credits, balance, last success or error) in the same transaction,
// with relative updates, so concurrent recordings never lose a count.
import { prisma } from '../../db.js';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../errors.js';
import { Prisma, type Tool, type ToolUsage } from '../../generated/prisma/client.js';
import type { ToolStatusValue, ToolTypeValue, ToolUsageStatusValue } from '../common/enums.js';

export interface ToolFields {
  name?: string | null;
  type?: ToolTypeValue | null;
  apiBaseUrl?: string | URL | null;
  apiDocsUrl?: string | URL | null;
  status?: ToolStatusValue | null;
  creditsRemaining?: number | null;
  creditsResetAt?: Date | null;
  rateLimitPerMinute?: number | null;
  rateLimitPerDay?: number | null;
}

const url = (v: string | URL | null | undefined) => (v === undefined ? undefined : v === null ? null : v.toString());

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

export async function createTool(input: ToolFields & { name: string; type: ToolTypeValue }): Promise<Tool> {
  try {
    return await prisma.tool.create({
      data: {
        name: input.name.trim(),
        type: input.type,
        apiBaseUrl: url(input.apiBaseUrl) ?? null,
        apiDocsUrl: url(input.apiDocsUrl) ?? null,
        status: input.status ?? 'active',
        creditsRemaining: input.creditsRemaining ?? null,
        creditsResetAt: input.creditsResetAt ?? null,
        rateLimitPerMinute: input.rateLimitPerMinute ?? null,
        rateLimitPerDay: input.rateLimitPerDay ?? null,
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`A tool named ${input.name.trim()} exists already`);
    throw error;
  }
}

export async function updateTool(input: ToolFields & { id: string }): Promise<Tool> {
  if (input.name === null || input.type === null || input.status === null) {
    throw new ValidationFailedError(
      (['name', 'type', 'status'] as const).filter((k) => input[k] === null).map((path) => ({ path, message: 'cannot be cleared' })),
    );
  }
  try {
    const { count } = await prisma.tool.updateMany({
      where: { id: input.id },
      data: {
        name: input.name?.trim(),
        type: input.type,
        apiBaseUrl: url(input.apiBaseUrl),
        apiDocsUrl: url(input.apiDocsUrl),
        status: input.status,
        creditsRemaining: input.creditsRemaining,
        creditsResetAt: input.creditsResetAt,
        rateLimitPerMinute: input.rateLimitPerMinute,
        rateLimitPerDay: input.rateLimitPerDay,
        updatedAt: new Date(),
      },
    });
    if (count === 0) throw new NotFoundError('Tool', input.id);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`A tool named ${input.name?.trim()} exists already`);
    throw error;
  }
  return prisma.tool.findUniqueOrThrow({ where: { id: input.id } });
}

export interface RecordToolUsageInput {
  toolId: string;
  offerId?: string | null;
  companyId?: string | null;
  contactId?: string | null;
  action: string;
  requestParams?: unknown;
  status: ToolUsageStatusValue;
  responseSummary?: unknown;
  resultsCount?: number | null;
  errorMessage?: string | null;
  creditsUsed?: number | null;
  durationMs?: number | null;
  /** When the call was made (default now). */
  at?: Date | null;
}

/** Records one tool call and updates the tool's counters, in one transaction. */
export async function recordToolUsage(input: RecordToolUsageInput): Promise<ToolUsage> {
  const credits = input.creditsUsed ?? 0;
  const at = input.at ?? new Date();
  return prisma.$transaction(async (tx) => {
    const refs = await tx.$queryRaw<{ tool: boolean; offer: boolean; company: boolean; contact: boolean }[]>`
      SELECT
        EXISTS (SELECT 1 FROM tools WHERE id = ${input.toolId}::uuid) AS tool,
        (${input.offerId ?? null}::uuid IS NULL OR EXISTS (SELECT 1 FROM offers WHERE id = ${input.offerId ?? null}::uuid)) AS offer,
        (${input.companyId ?? null}::uuid IS NULL OR EXISTS (SELECT 1 FROM companies WHERE id = ${input.companyId ?? null}::uuid)) AS company,
        (${input.contactId ?? null}::uuid IS NULL OR EXISTS (SELECT 1 FROM contacts WHERE id = ${input.contactId ?? null}::uuid)) AS contact`;
    const found = refs[0]!;
    if (!found.tool) throw new NotFoundError('Tool', input.toolId);
    if (!found.offer) throw new NotFoundError('Offer', input.offerId!);
    if (!found.company) throw new NotFoundError('Company', input.companyId!);
    if (!found.contact) throw new NotFoundError('Contact', input.contactId!);
    const usage = await tx.toolUsage.create({
      data: {
        toolId: input.toolId,
        offerId: input.offerId ?? null,
        companyId: input.companyId ?? null,
        contactId: input.contactId ?? null,
        action: input.action.trim(),
        requestParams: (input.requestParams ?? Prisma.DbNull) as Prisma.InputJsonValue,
        status: input.status,
        responseSummary: (input.responseSummary ?? Prisma.DbNull) as Prisma.InputJsonValue,
        resultsCount: input.resultsCount ?? null,
        errorMessage: input.errorMessage ?? null,
        creditsUsed: credits,
        durationMs: input.durationMs ?? null,
        createdAt: at,
      },
    });
    const ok = input.status === 'success';
    await tx.$executeRaw`
      UPDATE tools SET
        total_requests = total_requests + 1,
        total_credits_used = total_credits_used + ${credits}::int,
        credits_remaining = CASE WHEN credits_remaining IS NULL THEN NULL ELSE GREATEST(credits_remaining - ${credits}::int, 0) END,
        last_success_at = CASE WHEN ${ok} THEN GREATEST(COALESCE(last_success_at, ${at}::timestamptz), ${at}::timestamptz) ELSE last_success_at END,
        last_error_at = CASE WHEN ${ok} THEN last_error_at ELSE GREATEST(COALESCE(last_error_at, ${at}::timestamptz), ${at}::timestamptz) END,
        last_error = CASE WHEN ${ok} THEN last_error ELSE COALESCE(${input.errorMessage ?? null}::text, ${input.status}::text) END,
        updated_at = now()
      WHERE id = ${input.toolId}::uuid`;
    return usage;
  });
}
