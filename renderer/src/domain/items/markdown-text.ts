// Plain text of marked tokens, as it reads once rendered (what the reader's textContent holds).
import type { Token, Tokens } from 'marked';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Text of inline tokens (and of the text/paragraph blocks inside list items). Nested lists are left out. */
export function inlineText(tokens: readonly Token[] | undefined): string {
  let out = '';
  for (const t of tokens ?? []) {
    switch (t.type) {
      case 'list':
      case 'html':
      case 'image':
      case 'checkbox':
      case 'space':
        break;
      case 'br':
        out += '\n';
        break;
      case 'codespan':
      case 'escape':
        out += decodeEntities((t as Tokens.Codespan | Tokens.Escape).text);
        break;
      default: {
        const children = 'tokens' in t ? (t.tokens as Token[] | undefined) : undefined;
        if (children && children.length > 0) out += (out && t.type === 'paragraph' ? ' ' : '') + inlineText(children);
        else if ('text' in t && typeof t.text === 'string') out += decodeEntities(t.text);
      }
    }
  }
  return out;
}

export const collapseWhitespace = (s: string): string => s.replace(/\s+/gu, ' ').trim();
