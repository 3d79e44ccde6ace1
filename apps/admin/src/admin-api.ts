import {
  apiErrorBodySchema,
  deviceListSchema,
  endedTicketsSchema,
  printReplySchema,
  plannerDaySchema,
  issuingSchema,
  newPairingSchema,
  openPairingsSchema,
  renamedDeviceSchema,
  revokedDeviceSchema,
  statsReportSchema,
} from '@aufruf/protocol';
import type {
  ApiErrorCode,
  CsvFormat,
  DeviceList,
  EndedTickets,
  PrintReply,
  PlannerDay,
  Issuing,
  IssuingUpdate,
  NewPairing,
  OpenPairing,
  PairingRequest,
  StatsReport,
  StatsTable,
} from '@aufruf/protocol';
import type { z } from 'zod';

// The routes' answers are parsed with the schemas the hub answers with (packages/protocol, http-api.ts).
export type { CsvFormat, Device, NewPairing, OpenPairing } from '@aufruf/protocol';

/** An answer of the admin API: the parsed value, or why not (HTTP status and the hub's error code). */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly status: number; readonly code: ApiErrorCode };

const failed = (status: number, code: ApiErrorCode): ApiResult<never> => ({ ok: false, status, code });

/** The code of an error answer; an answer that is not the API's own error (a proxy's page) is unreadable. */
const errorCodeOf = (body: unknown): ApiErrorCode => {
  const error = apiErrorBodySchema.safeParse(body);
  return error.success ? error.data.error.code : 'invalid-reply';
};

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
  if (!response.ok) return failed(response.status, errorCodeOf(body));
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : failed(response.status, 'invalid-reply');
}

/** The paired devices, and where counters are connected right now. */
export const listDevices = (secret: string): Promise<ApiResult<DeviceList>> =>
  json(secret, '/api/admin/devices', deviceListSchema);

export const listPairings = (secret: string): Promise<ApiResult<{ pairings: OpenPairing[] }>> =>
  json(secret, '/api/admin/pairings', openPairingsSchema);

export const createPairing = (secret: string, input: PairingRequest): Promise<ApiResult<NewPairing>> =>
  json(secret, '/api/admin/pairings', newPairingSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });

export const revokeDevice = (secret: string, id: string): Promise<ApiResult<{ revoked: string }>> =>
  json(secret, `/api/admin/devices/${encodeURIComponent(id)}/revoke`, revokedDeviceSchema, {
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
  if (!response.ok) return failed(response.status, errorCodeOf(await response.json().catch(() => undefined)));
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
  json(secret, `/api/admin/devices/${encodeURIComponent(id)}`, renamedDeviceSchema, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });

/** Stops or resumes handing out numbers for these errands, for today. */
export const setIssuing = (secret: string, update: IssuingUpdate): Promise<ApiResult<Issuing>> =>
  json(secret, '/api/admin/issuing', issuingSchema, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(update),
  });

const postJson = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** "Stornieren": an open ticket of today ends (its phone is told); the note goes to the change log. */
export const cancelTicket = (
  secret: string,
  ticketId: string,
  note: string,
): Promise<ApiResult<EndedTickets>> =>
  json(
    secret,
    `/api/admin/tickets/${encodeURIComponent(ticketId)}/cancel`,
    endedTicketsSchema,
    postJson({ note }),
  );

/** "Neu drucken": a ticket whose paper did not come out, printed again where it was drawn. */
export const reprintTicket = (secret: string, ticketId: string): Promise<ApiResult<PrintReply>> =>
  json(secret, `/api/admin/tickets/${encodeURIComponent(ticketId)}/reprint`, printReplySchema, postJson({}));

/** "Tag schließen": every open ticket of today ends, no more numbers are handed out today. */
export const closeDay = (secret: string, note: string): Promise<ApiResult<EndedTickets>> =>
  json(secret, '/api/admin/close-day', endedTicketsSchema, postJson({ note }));

/** One stored day as the staffing planner replays it. */
export const fetchPlannerDay = (secret: string, day: string, weeks: number): Promise<ApiResult<PlannerDay>> =>
  json(
    secret,
    `/api/admin/planner?${new URLSearchParams({ day, weeks: String(weeks) }).toString()}`,
    plannerDaySchema,
  );
