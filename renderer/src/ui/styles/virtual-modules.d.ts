// Built by scripts/script-fonts.mjs: the bundled faces for non-Latin scripts.
declare module 'virtual:script-fonts' {
  const faces: readonly { family: string; url: string; weight: number; style: 'normal' | 'italic'; range: string }[];
  export default faces;
}
