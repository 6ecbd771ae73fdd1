/**
 * Name-based UUIDs (version 5, RFC 9562 §5.5): the same namespace and name always give the same
 * UUID, so exports that need ids (STIX) are identical from one build to the next.
 */
import { createHash } from 'node:crypto';

/** RFC 9562's predefined namespace for DNS names, used by the RFC's own test vector. */
export const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
/** RFC 9562's predefined namespace for URLs. */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its canonical 8-4-4-4-12 hex form (any version). */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

/** UUIDv5 of `name` (UTF-8) in `namespace`: SHA-1 of namespace bytes + name bytes, version and variant bits set. */
export function uuidv5(name: string, namespace: string): string {
  if (!isUuid(namespace)) throw new TypeError(`expected a namespace UUID such as ${NAMESPACE_URL}; got "${namespace}"`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5 in the high nibble of octet 6
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10xx (RFC 9562) in octet 8
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
