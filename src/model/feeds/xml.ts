/** The little XML writing the RSS and Atom serialisers need: escaping and attribute lists. */

/** Characters XML 1.0 forbids anywhere, even escaped (C0 controls other than tab, LF, CR; FFFE/FFFF). */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an XML element or a double-quoted attribute, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** ` a="1" b="2"` from an attribute map; undefined values are left out. */
export function attributes(attrs: Record<string, string | number | undefined>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** `<name attrs>escaped text</name>`, or nothing when the text is undefined. */
export function element(name: string, text: string | undefined, attrs: Record<string, string | number | undefined> = {}): string {
  return text === undefined ? '' : `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

/** `<name attrs/>`. */
export function emptyElement(name: string, attrs: Record<string, string | number | undefined>): string {
  return `<${name}${attributes(attrs)}/>`;
}
