import { auditPageSchema, settingsDocumentSchema } from '@aufruf/protocol';
import type { AuditPage, OfficeSettings, SettingsDocument } from '@aufruf/protocol';
import { z } from 'zod';

/** Why a save did not go through: the hub's code, its sentence and, for a bad setup, the fields. */
export interface SaveProblem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly issues: readonly { readonly path: string; readonly message: string }[];
}

export type SettingsResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: SaveProblem };

const problemSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
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
    return { ok: false, problem: { status: 0, code: 'unreachable', message: '', issues: [] } };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = problemSchema.safeParse(body);
    const error = parsed.success ? parsed.data.error : { code: 'http-error', message: '', issues: [] };
    return {
      ok: false,
      problem: {
        status: response.status,
        code: error.code,
        message: error.message,
        issues: error.issues ?? [],
      },
    };
  }
  const parsed = schema.safeParse(body);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problem: { status: response.status, code: 'bad-answer', message: '', issues: [] } };
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
