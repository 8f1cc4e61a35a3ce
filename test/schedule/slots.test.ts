import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canonicalTimeZone, isValidTimeZone, localToUtc, normalizeTime, slotsBetween, timeZoneChoices,
} from '../../src/schedule/slots.ts';

const slots = (time: string, timezone: string, from: string, to: string): string[] =>
  slotsBetween({ time, timezone }, new Date(from), new Date(to)).map((d) => d.toISOString());

describe('slotsBetween across DST changes', () => {
  test('Europe/London spring forward: a 01:30 slot in the gap happens once, at 02:00 BST (the first valid time)', () => {
    assert.deepEqual(slots('01:30', 'Europe/London', '2026-03-28T00:00Z', '2026-03-31T00:00Z'), [
      '2026-03-28T01:30:00.000Z', // GMT
      '2026-03-29T01:00:00.000Z', // 01:30 does not exist; 02:00 BST
      '2026-03-30T00:30:00.000Z', // BST
    ]);
  });

  test('Europe/London fall back: a 01:30 slot that happens twice is due once, at the first (BST) occurrence', () => {
    assert.deepEqual(slots('01:30', 'Europe/London', '2026-10-24T00:00Z', '2026-10-27T00:00Z'), [
      '2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z',
    ]);
  });

  test('America/New_York spring forward: a 02:30 slot happens at 03:00 EDT on the gap day', () => {
    assert.deepEqual(slots('02:30', 'America/New_York', '2026-03-07T00:00Z', '2026-03-10T00:00Z'), [
      '2026-03-07T07:30:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z',
    ]);
  });

  test('America/New_York fall back: a 01:30 slot is due once on 1 November', () => {
    const got = slots('01:30', 'America/New_York', '2026-11-01T00:00Z', '2026-11-02T00:00Z');
    assert.deepEqual(got, ['2026-11-01T05:30:00.000Z']);
  });

  test('Australia/Lord_Howe half-hour spring forward: a 02:15 slot in the 02:00–02:30 gap happens at 02:30 (+11)', () => {
    assert.deepEqual(slots('02:15', 'Australia/Lord_Howe', '2026-10-03T00:00Z', '2026-10-06T00:00Z'), [
      '2026-10-03T15:30:00.000Z', '2026-10-04T15:15:00.000Z', '2026-10-05T15:15:00.000Z',
    ]);
  });

  test('Australia/Lord_Howe half-hour fall back: a 01:45 slot repeated on 5 April is due once, at +11', () => {
    assert.deepEqual(slots('01:45', 'Australia/Lord_Howe', '2026-04-04T00:00Z', '2026-04-06T00:00Z'), [
      '2026-04-04T14:45:00.000Z', '2026-04-05T15:15:00.000Z',
    ]);
  });

  test('Asia/Kolkata (+05:30, no DST): an 08:00 slot is 02:30 UTC every day', () => {
    assert.deepEqual(slots('08:00', 'Asia/Kolkata', '2026-04-03T00:00Z', '2026-04-05T00:00Z'), [
      '2026-04-03T02:30:00.000Z', '2026-04-04T02:30:00.000Z',
    ]);
  });

  test('the window is (from, to]: a slot exactly at `from` is excluded, exactly at `to` included', () => {
    assert.deepEqual(slots('09:00', 'UTC', '2026-06-01T09:00Z', '2026-06-02T09:00Z'), ['2026-06-02T09:00:00.000Z']);
    assert.deepEqual(slots('09:00', 'UTC', '2026-06-01T09:00Z', '2026-06-01T09:00Z'), []);
  });

  test('every local day of a year yields exactly one slot, in every test zone, at a 02:30 local time', () => {
    for (const tz of ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      const got = slots('02:30', tz, '2026-01-01T12:00Z', '2027-01-01T12:00Z');
      assert.equal(got.length, 365, tz);
      assert.equal(new Set(got).size, 365, tz);
    }
  });

  test('a slot that lands after midnight UTC stays on the right local day (Pacific/Auckland, +13)', () => {
    assert.deepEqual(slots('06:00', 'Pacific/Auckland', '2026-01-10T00:00Z', '2026-01-11T00:00Z'), ['2026-01-10T17:00:00.000Z']);
  });
});

describe('time zones and times', () => {
  test('localToUtc picks the earlier instant of an ambiguous time', () => {
    assert.equal(localToUtc({ y: 2026, mo: 11, d: 1, h: 1, mi: 0 }, 'America/New_York').toISOString(), '2026-11-01T05:00:00.000Z');
  });

  test('isValidTimeZone accepts IANA names and UTC, and rejects made-up ones', () => {
    assert.equal(isValidTimeZone('Europe/London'), true);
    assert.equal(isValidTimeZone('UTC'), true);
    assert.equal(isValidTimeZone('Atlantis/Lost_City'), false);
    assert.equal(isValidTimeZone(''), false);
  });

  test('canonicalTimeZone fixes case and uses current names', () => {
    assert.equal(canonicalTimeZone('america/new_york'), 'America/New_York');
    assert.equal(canonicalTimeZone('Asia/Calcutta'), 'Asia/Kolkata');
    assert.equal(canonicalTimeZone('asia/kolkata'), 'Asia/Kolkata');
    assert.equal(canonicalTimeZone('Etc/UTC'), 'UTC');
  });

  test('timeZoneChoices offers at most 25 names, prefix matches first, and matches a city typed with a space', () => {
    assert.equal(timeZoneChoices('').length, 25);
    assert.equal(timeZoneChoices('').at(0), 'UTC');
    assert.ok(timeZoneChoices('America/').length <= 25);
    assert.deepEqual(timeZoneChoices('new york'), ['America/New_York']);
    assert.deepEqual(timeZoneChoices('london'), ['Europe/London']);
    assert.ok(timeZoneChoices('kolk').includes('Asia/Kolkata'));
    assert.equal(timeZoneChoices('eur')[0]?.startsWith('Europe/'), true);
    assert.deepEqual(timeZoneChoices('zzzz'), []);
  });

  test('normalizeTime accepts H:MM, HHMM and H, and rejects times that are not of a day', () => {
    assert.equal(normalizeTime('7:05'), '07:05');
    assert.equal(normalizeTime('0730'), '07:30');
    assert.equal(normalizeTime('9'), '09:00');
    assert.equal(normalizeTime('23:59'), '23:59');
    assert.equal(normalizeTime('24:00'), undefined);
    assert.equal(normalizeTime('12:60'), undefined);
    assert.equal(normalizeTime('noon'), undefined);
  });
});
