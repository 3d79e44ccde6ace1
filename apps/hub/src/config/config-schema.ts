import { isKnownTimeZone } from '@aufruf/core';
import {
  callingRulesSchema,
  errandSchema,
  officeTextsSchema,
  openingHoursSchema,
  placeSchema,
  uniqueBy,
} from '@aufruf/protocol';
import { printerSelectionSchema } from '@aufruf/printer';
import { z } from 'zod';

/** The office's configuration file. Every field has a default, so an empty file is a valid office. */
export const configSchema = z.strictObject({
  office: z.strictObject({
    name: z.string().min(1).max(80),
    timeZone: z
      .string()
      .refine(isKnownTimeZone, { message: 'unknown time zone (use an IANA name such as "Europe/Berlin")' }),
  }),
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
    .superRefine(uniqueBy((p) => p.id, 'place id')),
  /** How "Nächste Nummer" picks tickets; the built-in rules when left out. */
  rules: callingRulesSchema.optional(),
  /** When the kiosk hands out numbers, per weekday; any time when left out. */
  hours: openingHoursSchema.nullable().optional(),
  /** Advice line for tickets and kiosk, ticker for the displays. */
  texts: officeTextsSchema.optional(),
  server: z.strictObject({
    host: z.string().min(1),
    port: z.number().int().min(0).max(65535),
    dataDir: z.string().min(1),
    /** The address phones use to reach the hub, e.g. behind a reverse proxy; the LAN address when left out. */
    publicUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }).optional(),
    /**
     * The hub's own printer, used by kiosks in a plain browser: 'preview' writes each ticket as
     * .bin and .html into <dataDir>/print-preview; 'none' turns printing at the hub off.
     */
    printer: z.union([z.literal('none'), z.literal('preview'), printerSelectionSchema]).default('preview'),
  }),
  follow: z
    .strictObject({
      /** The follow page says "Bitte kommen Sie jetzt zurück" with this many people ahead or fewer … */
      returnWhenAhead: z.number().int().min(0).max(50).default(3),
      /** … or when the estimated wait is this many minutes or less. */
      returnWhenMinutes: z.number().int().min(0).max(120).default(10),
    })
    .default({ returnWhenAhead: 3, returnWhenMinutes: 10 }),
  backup: z
    .strictObject({
      /** Daily backups kept in <dataDir>/backups; older ones are deleted. */
      keep: z.number().int().min(1).max(365).default(14),
    })
    .default({ keep: 14 }),
  retention: z
    .strictObject({
      /**
       * Ticket details (times, follow tokens, the events and commands that name a ticket) are deleted
       * once more than this many days have passed since their day (DSGVO); daily statistics stay.
       */
      ticketDays: z.number().int().min(1).max(3650).default(90),
    })
    .default({ ticketDays: 90 }),
  security: z
    .strictObject({
      /** The admin secret; when left out the first start makes one and prints it once. */
      adminSecret: z.string().min(12, 'at least 12 characters').optional(),
    })
    .default({}),
});

/** A validated configuration. */
export type OfficeConfig = z.infer<typeof configSchema>;
/** What a config file may contain before validation. */
export type ConfigInput = z.input<typeof configSchema>;
