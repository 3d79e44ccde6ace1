import type { LocalizedText } from '@aufruf/core';

// The pieces the change log's sentences are made of, and the JSON values the hub's audit log holds.

/**
 * A piece of a sentence: the page's own words; a value the office wrote (a name, a text), kept apart
 * so it reads in its own direction inside an Arabic sentence; or a colour, shown as a swatch with its code.
 */
export type Part = string | { readonly value: string } | { readonly colour: string };
export type Sentence = readonly Part[];

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
export type Value = Json | undefined;
export type JsonObject = { readonly [key: string]: Json };

export const isRecord = (value: Value): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isLocalizedText = (value: Value): value is JsonObject & LocalizedText =>
  isRecord(value) && typeof value.de === 'string' && Object.values(value).every((v) => typeof v === 'string');

export function parse(text: string | null): Value {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

/** The sentence as plain text, a colour as its code: for screen readers, titles and tests. */
export const sentenceText = (sentence: Sentence): string =>
  sentence
    .map((part) => (typeof part === 'string' ? part : 'value' in part ? part.value : part.colour))
    .join('');

/** Fills a template's `{placeholders}` with sentences; neighbouring words are merged. */
export function fill(template: string, params: Readonly<Record<string, Sentence>>): Part[] {
  const parts: Part[] = [];
  const push = (part: Part): void => {
    const last = parts.at(-1);
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  };
  template.split(/\{(\w+)\}/).forEach((piece, index) => {
    if (index % 2 === 0) push(piece);
    else for (const part of params[piece] ?? [`{${piece}}`]) push(part);
  });
  return parts;
}
