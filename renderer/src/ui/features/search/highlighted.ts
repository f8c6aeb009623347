// Matched text rendered as Lit text nodes inside <mark>: the text is never parsed as HTML.
import { html } from 'lit';
import { snippetParts, type TextRange } from '../../../domain/search/snippet.js';

export const highlighted = (text: string, marks: readonly TextRange[]) =>
  snippetParts(text, marks).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : part.text));
