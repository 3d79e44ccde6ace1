import {
  auditPageSchema,
  auditQuerySchema,
  settingsDocumentSchema,
  settingsUpdateSchema,
} from '@aufruf/protocol';
import type { AuditEntry, SettingsDocument, SettingsUpdate } from '@aufruf/protocol';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { SaveOutcome } from '../settings/office-settings.ts';
import { HttpError } from './http-errors.ts';

export interface SettingsDeps {
  readonly document: () => SettingsDocument;
  readonly save: (update: SettingsUpdate) => SaveOutcome;
  readonly audit: (limit: number) => readonly AuditEntry[];
}

// A setup with 26 errands named in five languages is tens of kilobytes; the default limit is for commands.
const MAX_SETTINGS_BODY = 256 * 1024;

/**
 * GET/PUT /api/admin/settings and GET /api/admin/audit (admin); see office-settings.ts in the protocol.
 * A bad setup is refused with 400 `invalid-settings` and every field named ("settings.errands[1].letter").
 */
export const settingsRoutes: FastifyPluginCallbackZod<SettingsDeps> = (app, deps, done) => {
  app.get('/api/admin/settings', { schema: { response: { 200: settingsDocumentSchema } } }, () =>
    deps.document(),
  );

  app.put(
    '/api/admin/settings',
    {
      bodyLimit: MAX_SETTINGS_BODY,
      schema: { body: settingsUpdateSchema, response: { 200: settingsDocumentSchema } },
      config: { invalid: { code: 'invalid-settings' } },
    },
    (request) => {
      const outcome = deps.save(request.body);
      if (outcome.ok) return outcome.document;
      const { status, code, message, detail } = outcome;
      throw new HttpError(status, { code, message, detail });
    },
  );

  app.get(
    '/api/admin/audit',
    { schema: { querystring: auditQuerySchema, response: { 200: auditPageSchema } } },
    (request) => ({ entries: deps.audit(request.query.limit) }),
  );
  done();
};
