/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a JSON Schema, for ajv: the required
 * fields (version, title, items; each item's id and content_html or content_text), the types and
 * formats of the optional ones, and no keys outside the spec except `_extensions`.
 */
const uri = { type: 'string', format: 'uri' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;

const author = {
  type: 'object',
  properties: { name: { type: 'string' }, url: uri, avatar: uri },
  anyOf: [{ required: ['name'] }, { required: ['url'] }, { required: ['avatar'] }],
  patternProperties: { '^_': {} },
  additionalProperties: false,
} as const;

const item = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string', minLength: 1 },
    url: uri,
    external_url: uri,
    title: { type: 'string' },
    content_html: { type: 'string' },
    content_text: { type: 'string' },
    summary: { type: 'string' },
    image: uri,
    banner_image: uri,
    date_published: dateTime,
    date_modified: dateTime,
    authors: { type: 'array', items: author },
    tags: { type: 'array', items: { type: 'string' } },
    language: { type: 'string' },
    attachments: {
      type: 'array',
      items: {
        type: 'object',
        required: ['url', 'mime_type'],
        properties: { url: uri, mime_type: { type: 'string' }, title: { type: 'string' }, size_in_bytes: { type: 'number' }, duration_in_seconds: { type: 'number' } },
        additionalProperties: false,
      },
    },
  },
  anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
  patternProperties: { '^_': {} },
  additionalProperties: false,
} as const;

export const jsonFeedSchema = {
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string', minLength: 1 },
    home_page_url: uri,
    feed_url: uri,
    description: { type: 'string' },
    user_comment: { type: 'string' },
    next_url: uri,
    icon: uri,
    favicon: uri,
    authors: { type: 'array', items: author },
    language: { type: 'string' },
    expired: { type: 'boolean' },
    hubs: { type: 'array', items: { type: 'object', required: ['type', 'url'] } },
    items: { type: 'array', items: item },
  },
  patternProperties: { '^_': {} },
  additionalProperties: false,
} as const;
