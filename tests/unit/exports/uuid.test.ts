import { describe, expect, it } from 'vitest';
import { NAMESPACE_DNS, NAMESPACE_URL, isUuid, uuidv5 } from '../../../src/model/exports/uuid.ts';

describe('uuidv5', () => {
  it('matches the RFC 9562 test vector (Appendix A.4)', () => {
    expect(uuidv5('www.example.com', NAMESPACE_DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('sets version 5 and the RFC variant, and is stable', () => {
    const id = uuidv5('https://briefings.example.org/|bravo|report', NAMESPACE_URL);
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('5');
    expect('89ab').toContain(id[19]);
    expect(uuidv5('https://briefings.example.org/|bravo|report', NAMESPACE_URL)).toBe(id);
    expect(uuidv5('https://briefings.example.org/|bravo|report2', NAMESPACE_URL)).not.toBe(id);
  });

  it('hashes names as UTF-8', () => {
    expect(uuidv5('Barsalogho–Kaya', NAMESPACE_DNS)).not.toBe(uuidv5('Barsalogho-Kaya', NAMESPACE_DNS));
  });

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidv5('x', 'not-a-uuid')).toThrow(/expected a namespace UUID/);
  });
});
