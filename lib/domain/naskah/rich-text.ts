// The server-side gate for rich text: whatever the browser sends, only the tags naskah use survive
// (konten.ts). Scripts, styles, event handlers, links and CSS are dropped, not escaped.
import sanitizeHtml from 'sanitize-html';

export const RICH_TEXT_TAGS = ['p', 'br', 'strong', 'em', 'u', 'ol', 'ul', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td'] as const;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TEXT_TAGS],
  allowedAttributes: {
    ol: ['type'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
  },
  allowedSchemes: [],
  allowedStyles: {},
  disallowedTagsMode: 'discard',
  // Their text is code, not prose: drop it together with the tag.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'template', 'title'],
  transformTags: {
    b: 'strong',
    i: 'em',
    // Numbered 1, 2, 3 or a, b, c; any other list type is dropped (printed as 1, 2, 3).
    ol: (tagName, attribs): sanitizeHtml.Tag => ({ tagName, attribs: attribs.type === '1' || attribs.type === 'a' ? { type: attribs.type } : {} }),
  },
};

export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** Plain text of rich text, for diffs and "is it empty" checks. Block ends become line breaks. */
export function richTextToParagraphs(html: string): string[] {
  const withBreaks = html.replace(/<\/(p|li|tr|th|td)>|<br\s*\/?>/gi, '\n');
  const text = sanitizeHtml(withBreaks, { allowedTags: [], allowedAttributes: {} });
  return text
    .split('\n')
    .map((line) => line.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}
