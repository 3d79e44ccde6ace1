import type { IncomingMessage, ServerResponse } from 'node:http';
import { settingsPath, settingsUpdateSchema } from '@aufruf/protocol';
import type { AuditPage, SettingsDocument, SettingsUpdate } from '@aufruf/protocol';
import type { StoredAuditEntry } from '@aufruf/store';
import type { z } from 'zod';
import { readJson, sendError, sendJson } from './http-json.ts';
import type { SaveOutcome } from '../settings/office-settings.ts';

export interface SettingsDeps {
  readonly document: () => SettingsDocument;
  readonly save: (update: SettingsUpdate) => SaveOutcome;
  readonly audit: (limit: number) => StoredAuditEntry[];
}

type Route = [
  method: string,
  path: RegExp,
  admin: boolean,
  route: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void,
];

// A setup with 26 errands named in five languages is tens of kilobytes; the default body limit is for commands.
const MAX_SETTINGS_BODY = 256 * 1024;

const issuesOf = (error: z.ZodError) =>
  error.issues.map((issue) => ({ path: settingsPath(issue.path), message: issue.message }));

/** GET/PUT /api/admin/settings and GET /api/admin/audit; see packages/protocol/src/office-settings.ts. */
export function settingsRoutes(deps: SettingsDeps): Route[] {
  return [
    ['GET', /^\/api\/admin\/settings$/, true, (_req, res) => sendJson(res, 200, deps.document())],
    [
      'PUT',
      /^\/api\/admin\/settings$/,
      true,
      async (req, res) => {
        const parsed = settingsUpdateSchema.safeParse(await readJson(req, MAX_SETTINGS_BODY));
        if (!parsed.success) {
          const issues = issuesOf(parsed.error);
          const first = issues[0];
          return sendJson(res, 400, {
            error: {
              code: 'invalid-settings',
              message: first ? `${first.path || '(top level)'}: ${first.message}` : 'Invalid settings.',
              issues,
            },
          });
        }
        const outcome = deps.save(parsed.data);
        if (!outcome.ok) return sendError(res, outcome.status, outcome.code, outcome.message);
        sendJson(res, 200, outcome.document);
      },
    ],
    [
      'GET',
      /^\/api\/admin\/audit$/,
      true,
      (req, res) => {
        const raw = new URL(req.url ?? '/', 'http://hub').searchParams.get('limit');
        const limit = raw === null ? 100 : Number(raw);
        if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
          return sendError(res, 400, 'invalid-query', 'limit must be a whole number from 1 to 500.');
        }
        const page: AuditPage = { entries: deps.audit(limit) };
        sendJson(res, 200, page);
      },
    ],
  ];
}
