import { apiErrorBodySchema, auditPageSchema, settingsDocumentSchema } from '@aufruf/protocol';
import type {
  ApiErrorCode,
  AuditPage,
  Issue,
  OfficeSettings,
  SettingsDocument,
  SettingsInUse,
} from '@aufruf/protocol';
import type { z } from 'zod';

/**
 * Why a save did not go through: the hub's code, for a bad setup the fields, and for a setup the live
 * queue forbids what is in use (the page words it; the hub's developer text is never shown).
 */
export interface SaveProblem {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly issues: readonly Issue[];
  readonly detail: SettingsInUse | null;
}

export type SettingsResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: SaveProblem };

const problem = (status: number, code: ApiErrorCode): SettingsResult<never> => ({
  ok: false,
  problem: { status, code, issues: [], detail: null },
});

async function call<T>(
  secret: string,
  path: string,
  schema: z.ZodType<T>,
  init: RequestInit = {},
): Promise<SettingsResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${secret}` },
      cache: 'no-store',
    });
  } catch {
    return problem(0, 'unreachable');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = apiErrorBodySchema.safeParse(body);
    if (!parsed.success) return problem(response.status, 'invalid-reply');
    const { code, issues, detail } = parsed.data.error;
    return {
      ok: false,
      problem: { status: response.status, code, issues: issues ?? [], detail: detail ?? null },
    };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : problem(response.status, 'invalid-reply');
}

export const loadSettings = (secret: string): Promise<SettingsResult<SettingsDocument>> =>
  call(secret, '/api/admin/settings', settingsDocumentSchema);

export const saveSettings = (
  secret: string,
  version: number,
  by: string,
  settings: OfficeSettings,
): Promise<SettingsResult<SettingsDocument>> =>
  call(secret, '/api/admin/settings', settingsDocumentSchema, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ version, by, settings }),
  });

export const loadAudit = (secret: string, limit = 100): Promise<SettingsResult<AuditPage>> =>
  call(secret, `/api/admin/audit?limit=${limit}`, auditPageSchema);
