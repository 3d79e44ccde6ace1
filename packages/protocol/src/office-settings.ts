import type { CallingRules, DayException, Errand, LocalizedText, OpeningHours, Place } from '@aufruf/core';
import { z } from 'zod';
import { localizedTextSchema, uniqueBy } from './common.ts';
import {
  callingRulesSchema,
  dayExceptionSchema,
  errandSchema,
  holidayRegionSchema,
  openingHoursSchema,
  placeSchema,
} from './domain-schemas.ts';
import type { HolidayRegion } from './domain-schemas.ts';
import { pin } from './pin.ts';

// What the office head edits in /admin. The config file seeds it on the first start; from then on the
// database holds it, every change is stored with who made it, and the hub applies it without a restart.

/** Texts the office shows on tickets, the kiosk and the displays, per language (German always). */
export interface OfficeTexts {
  /** A line of advice printed on the ticket and shown on the kiosk ("Bitte halten Sie Ihre Unterlagen bereit."). */
  readonly advice?: LocalizedText | undefined;
  /** A line that runs along the bottom of the displays. */
  readonly ticker?: LocalizedText | undefined;
}

const longTextSchema = pin<LocalizedText>()(
  z.object({ de: z.string().min(1).max(300) }).catchall(z.string().max(300)),
);

export const officeTextsSchema = pin<OfficeTexts>()(
  z.strictObject({
    advice: localizedTextSchema.optional(),
    ticker: longTextSchema.optional(),
  }),
);

export interface OfficeSettings {
  readonly name: string;
  /** In kiosk order. */
  readonly errands: readonly Errand[];
  readonly places: readonly Place[];
  readonly rules: CallingRules;
  /** When numbers are handed out; null: any time. */
  readonly hours: OpeningHours | null;
  /** Minutes after closing time visitors are still served (the cut-off's grace); default 30. */
  readonly closingGraceMinutes?: number | undefined;
  /** The Land whose public holidays close the office; none when left out or null. */
  readonly holidayRegion?: HolidayRegion | null | undefined;
  /** The office's own closures and special hours (a holiday's date taken here wins over the holiday). */
  readonly exceptions?: readonly DayException[] | undefined;
  readonly texts: OfficeTexts;
  /** Where phones reach the hub for the follow page; null: the address the hub listens on. */
  readonly publicUrl: string | null;
}

/** Minutes after closing time clerks still serve: up to four hours. */
export const closingGraceSchema = z.number().int().min(0).max(240);

/** An http(s) address, such as where phones reach the hub. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, message: 'must be an http(s) address' });

/**
 * Each field of the setup on its own: the admin page's settings and the config file's sections are made
 * of the same pieces (apps/hub/src/config/config-schema.ts), so they cannot drift apart.
 */
export const officeSettingsFields = {
  name: z.string().trim().min(1).max(80),
  errands: z
    .array(errandSchema)
    .min(1, 'at least one errand is needed')
    .max(26)
    .superRefine(uniqueBy((e) => e.id, 'errand id'))
    .superRefine(uniqueBy((e) => e.letter, 'letter')),
  places: z
    .array(placeSchema)
    .min(1, 'at least one place is needed')
    .max(50)
    .superRefine(uniqueBy((p) => p.id, 'place id'))
    .superRefine(uniqueBy((p) => p.name, 'place name')),
  rules: callingRulesSchema,
  hours: openingHoursSchema.nullable(),
  closingGraceMinutes: closingGraceSchema.optional(),
  holidayRegion: holidayRegionSchema.nullable().optional(),
  exceptions: z
    .array(dayExceptionSchema)
    .max(200)
    .superRefine(uniqueBy((e) => e.date, 'date'))
    .optional(),
  texts: officeTextsSchema,
  publicUrl: httpUrlSchema.nullable(),
} as const;

/** What only the whole setup can tell: an errand left on the kiosk, places naming known errands. */
export function checkErrandsAndPlaces(
  setup: Pick<OfficeSettings, 'errands' | 'places'>,
  ctx: z.core.$RefinementCtx,
): void {
  if (!setup.errands.some((e) => e.active !== false)) {
    ctx.addIssue({ code: 'custom', path: ['errands'], message: 'at least one errand must be active' });
  }
  const errandIds = new Set(setup.errands.map((e) => e.id));
  setup.places.forEach((place, index) => {
    place.errandIds?.forEach((id, j) => {
      if (!errandIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['places', index, 'errandIds', j],
          message: `unknown errand "${id}"`,
        });
      }
    });
  });
}

/** The whole editable setup, checked as one: ids and letters unique, places name known errands. */
export const officeSettingsSchema: z.ZodType<OfficeSettings> = z
  .strictObject(officeSettingsFields)
  .superRefine(checkErrandsAndPlaces);

/** GET /api/admin/settings, and the answer to a successful PUT. */
export interface SettingsDocument {
  readonly settings: OfficeSettings;
  /** Goes up by one with every change; a PUT names the version it edited (optimistic locking). */
  readonly version: number;
  readonly updatedAt: number | null;
  readonly updatedBy: string | null;
}

export const settingsDocumentSchema: z.ZodType<SettingsDocument> = z.object({
  settings: officeSettingsSchema,
  version: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative().nullable(),
  updatedBy: z.string().nullable(),
});

/**
 * PUT /api/admin/settings. 200 with the new {@link SettingsDocument}; 400 `invalid-settings` with
 * `issues` (path + message) for a bad setup, or `settings-in-use` when the live queue forbids it (a
 * place serving a ticket removed, an errand with open tickets deleted); 409 `settings-conflict` when
 * someone else saved first.
 */
export const settingsUpdateSchema = z.strictObject({
  version: z.number().int().nonnegative(),
  /** Who makes the change, for the audit log (the admin page asks for a name at sign-in). */
  by: z.string().trim().min(1).max(60),
  settings: officeSettingsSchema,
});
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** "errands[1].name.en": how the hub and the admin page name a field of the settings. */
export const settingsPath = (path: readonly PropertyKey[]): string =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');

/** One field that changed: a readable path ("errands[ausweis].name.en") and its JSON before and after. */
export interface SettingsChange {
  readonly path: string;
  readonly before: string | null;
  readonly after: string | null;
}

/** One saved change of the settings: who, when, what. */
export interface AuditEntry {
  readonly id: number;
  readonly at: number;
  readonly by: string;
  readonly version: number;
  readonly changes: readonly SettingsChange[];
}

export const auditEntrySchema: z.ZodType<AuditEntry> = z.object({
  id: z.number().int(),
  at: z.number().int().nonnegative(),
  by: z.string(),
  version: z.number().int().nonnegative(),
  changes: z.array(
    z.object({ path: z.string(), before: z.string().nullable(), after: z.string().nullable() }),
  ),
});

/** GET /api/admin/audit?limit=N (newest first, limit 1–500, default 100). */
export interface AuditPage {
  readonly entries: readonly AuditEntry[];
}

export const auditPageSchema: z.ZodType<AuditPage> = z.object({ entries: z.array(auditEntrySchema) });
