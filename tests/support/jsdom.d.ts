// The part of jsdom the parse-time worker uses (jsdom ships no type declarations).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
