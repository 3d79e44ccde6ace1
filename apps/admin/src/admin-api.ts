import { connectedCountersSchema, deviceRoleSchema, statsReportSchema } from '@aufruf/protocol';
import type { ConnectedCounters, DeviceRole, StatsReport, StatsTable } from '@aufruf/protocol';
import { z } from 'zod';

/** An answer of the admin API: the parsed value, or why not (HTTP status and the hub's error code). */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly code: string };

const deviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: deviceRoleSchema,
  placeId: z.string().nullable(),
  places: z.array(z.string()).nullable(),
  createdAt: z.number(),
  lastSeenAt: z.number().nullable(),
  revokedAt: z.number().nullable(),
});
export type Device = z.infer<typeof deviceSchema>;

const pairingSchema = z.object({
  name: z.string(),
  role: deviceRoleSchema,
  placeId: z.string().nullable(),
  places: z.array(z.string()).nullable(),
  createdAt: z.number(),
  expiresAt: z.number(),
});
export type OpenPairing = z.infer<typeof pairingSchema>;

const newPairingSchema = z.object({ code: z.string(), expiresAt: z.number(), link: z.string() });
export type NewPairing = z.infer<typeof newPairingSchema>;

export interface PairingInput {
  readonly role: DeviceRole;
  readonly name: string;
  readonly placeId: string | null;
  readonly places: readonly string[] | null;
}

export type CsvFormat = 'excel' | 'standard';

const errorSchema = z.object({ error: z.object({ code: z.string() }) });

const failed = (status: number, code: string): ApiResult<never> => ({ ok: false, status, code });

async function request(secret: string, path: string, init: RequestInit = {}): Promise<Response | null> {
  try {
    return await fetch(path, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${secret}` },
      cache: 'no-store',
    });
  } catch {
    return null;
  }
}

/** Calls an admin route and parses its JSON answer with the given schema. */
async function json<T>(
  secret: string,
  path: string,
  schema: z.ZodType<T>,
  init?: RequestInit,
): Promise<ApiResult<T>> {
  const response = await request(secret, path, init);
  if (!response) return failed(0, 'unreachable');
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = errorSchema.safeParse(body);
    return failed(response.status, error.success ? error.data.error.code : 'http-error');
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : failed(response.status, 'bad-answer');
}

/** The paired devices, and where counters are connected right now. */
export const listDevices = (
  secret: string,
): Promise<ApiResult<{ devices: Device[]; connectedCounters: ConnectedCounters }>> =>
  json(
    secret,
    '/api/admin/devices',
    z.object({ devices: z.array(deviceSchema), connectedCounters: connectedCountersSchema }),
  );

export const listPairings = (secret: string): Promise<ApiResult<{ pairings: OpenPairing[] }>> =>
  json(secret, '/api/admin/pairings', z.object({ pairings: z.array(pairingSchema) }));

export const createPairing = (secret: string, input: PairingInput): Promise<ApiResult<NewPairing>> =>
  json(secret, '/api/admin/pairings', newPairingSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });

export const revokeDevice = (secret: string, id: string): Promise<ApiResult<{ revoked: string }>> =>
  json(secret, `/api/admin/devices/${encodeURIComponent(id)}/revoke`, z.object({ revoked: z.string() }), {
    method: 'POST',
  });

export const fetchStats = (secret: string, from: string, to: string): Promise<ApiResult<StatsReport>> =>
  json(secret, `/api/admin/stats?${new URLSearchParams({ from, to }).toString()}`, statsReportSchema);

/** The file name the hub gave a download (`Content-Disposition`), or null. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Fall back to the plain file name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() ?? null;
}

/** A statistics table as a CSV file, ready to save. */
export async function fetchCsv(
  secret: string,
  query: { from: string; to: string; table: StatsTable; format: CsvFormat },
): Promise<ApiResult<{ blob: Blob; fileName: string }>> {
  const response = await request(secret, `/api/admin/stats.csv?${new URLSearchParams(query).toString()}`);
  if (!response) return failed(0, 'unreachable');
  if (!response.ok) {
    const error = errorSchema.safeParse(await response.json().catch(() => undefined));
    return failed(response.status, error.success ? error.data.error.code : 'http-error');
  }
  const blob = await response.blob();
  const fileName =
    fileNameOf(response.headers.get('content-disposition')) ??
    `aufruf-${query.table}-${query.from}-${query.to}.csv`;
  return { ok: true, value: { blob, fileName } };
}

export const renameDevice = (
  secret: string,
  id: string,
  name: string,
): Promise<ApiResult<{ id: string; name: string }>> =>
  json(
    secret,
    `/api/admin/devices/${encodeURIComponent(id)}`,
    z.object({ id: z.string(), name: z.string() }),
    {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name }),
    },
  );
