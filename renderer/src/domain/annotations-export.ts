// Annotations as W3C Web Annotation JSON-LD and as Markdown, for sharing outside Chancery.
import type { Annotation, Brief } from './types.js';

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; format: 'text/markdown'; purpose?: 'commenting' | 'tagging' }[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'chancery:color': string;
  'chancery:orphaned': boolean;
  /** A redaction, with its reason: the quote is the words it keeps out of exported PDFs. */
  'chancery:redaction'?: { reason: string };
}

const briefUri = (brief: Brief) => brief.source.url || `urn:chancery:brief:${brief.id}`;

export function toWebAnnotation(brief: Brief, a: Annotation): WebAnnotation {
  const body: WebAnnotation['body'] = [
    ...(a.note ? [{ type: 'TextualBody' as const, value: a.note, format: 'text/markdown' as const, purpose: 'commenting' as const }] : []),
    ...a.tags.map((tag) => ({ type: 'TextualBody' as const, value: tag, format: 'text/markdown' as const, purpose: 'tagging' as const })),
  ];
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:chancery:annotation:${a.id}`,
    type: 'Annotation',
    motivation: a.note ? 'commenting' : 'highlighting',
    created: new Date(a.createdAt).toISOString(),
    modified: new Date(a.updatedAt).toISOString(),
    body,
    target: {
      source: briefUri(brief),
      selector: [
        { type: 'TextQuoteSelector', ...a.selector.quote },
        { type: 'TextPositionSelector', ...a.selector.position },
      ],
    },
    'chancery:color': a.color,
    'chancery:orphaned': a.orphaned,
    ...(a.redaction ? { 'chancery:redaction': { reason: a.redaction.reason } } : {}),
  };
}

/** One JSON-LD document (an AnnotationCollection page) for any set of briefs. */
export function annotationsToJsonLd(entries: { brief: Brief; annotations: Annotation[] }[]): string {
  const items = entries.flatMap(({ brief, annotations }) => annotations.map((a) => toWebAnnotation(brief, a)));
  return JSON.stringify(
    { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: items.length, first: { type: 'AnnotationPage', items } },
    null,
    2,
  );
}

const quoteBlock = (text: string) => text.split('\n').map((line) => `> ${line}`).join('\n');

export function annotationsToMarkdown(entries: { brief: Brief; annotations: Annotation[] }[]): string {
  return entries
    .filter((e) => e.annotations.length)
    .map(({ brief, annotations }) => {
      const parts = annotations.map((a) => {
        const meta = [a.redaction ? `redaction (${a.redaction.reason})` : a.color, ...a.tags.map((tag) => `#${tag}`), a.orphaned ? '(orphaned)' : ''].filter(Boolean).join(' ');
        return [quoteBlock(a.selector.quote.exact), '', `— ${meta}`, a.note ? `\n${a.note}` : ''].join('\n').trimEnd();
      });
      return [`## ${brief.title}`, brief.source.name ? `*${brief.source.name}*` : '', ...parts].filter(Boolean).join('\n\n');
    })
    .join('\n\n---\n\n');
}
