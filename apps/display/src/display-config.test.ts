import { describe, expect, it } from 'vitest';
import { readDisplayConfig, shownPlaces, spokenLanguages } from './display-config.ts';

describe('a screen set up by its address', () => {
  it('defaults to German, all places, 15 minutes, recorded clips, sound wanted', () => {
    expect(readDisplayConfig('')).toEqual({
      language: 'de',
      second: null,
      places: null,
      currentForMs: 15 * 60_000,
      volume: null,
      voice: 'clips',
      sound: true,
    });
  });

  it('reads every option', () => {
    const config = readDisplayConfig(
      '?lang=en&second=de&places=platz-1,%20platz-2,&currentFor=10&volume=0.8&voice=web&sound=off',
    );
    expect(config).toEqual({
      language: 'en',
      second: 'de',
      places: ['platz-1', 'platz-2'],
      currentForMs: 10 * 60_000,
      volume: 0.8,
      voice: 'web',
      sound: false,
    });
    expect(spokenLanguages(config)).toEqual(['en', 'de']);
  });

  it('ignores what it cannot use', () => {
    const config = readDisplayConfig('?lang=fr&second=de&currentFor=-3&volume=loud');
    expect(config.language).toBe('de');
    expect(config.second).toBeNull();
    expect(config.currentForMs).toBe(15 * 60_000);
    expect(config.volume).toBeNull();
    expect(readDisplayConfig('?volume=7').volume).toBe(1);
  });

  it('lets the pairing choose the places before the address does', () => {
    const config = readDisplayConfig('?places=platz-1');
    const you = { role: 'display' as const, deviceId: 'd1', name: 'Tür 2', placeId: null };
    expect(shownPlaces({ ...you, places: ['platz-2'] }, config)).toEqual(['platz-2']);
    expect(shownPlaces({ ...you, places: null }, config)).toEqual(['platz-1']);
    expect(shownPlaces(null, readDisplayConfig(''))).toBeNull();
  });
});

describe('a screen in a language without recorded clips', () => {
  it('shows its text in that language and speaks the call in German', () => {
    const config = readDisplayConfig('?lang=ar&second=en');
    expect(config.language).toBe('ar');
    expect(spokenLanguages(config)).toEqual(['de', 'en']);
    expect(spokenLanguages(readDisplayConfig('?lang=tr&second=de'))).toEqual(['de']);
  });
});
