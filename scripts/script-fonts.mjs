// The fonts for scripts the Latin faces lack, bundled from @fontsource (OFL) as the module
// `virtual:script-fonts`: one static `?url` import per file, so Vite emits each as a font file,
// with the unicode-range fontsource publishes for it. Chromium then loads only the pieces whose
// characters a page uses. CJK is bundled at 400 only (bold is synthesized) to keep the app small.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** subsets: fontsource subset names, or 'numbered' for the CJK pieces ("[0]", "[1]"… in unicode.json). */
export const SCRIPT_FONT_SETS = [
  { family: 'Source Serif 4', slug: 'source-serif-4', subsets: ['greek', 'cyrillic', 'cyrillic-ext'], weights: [400, 700], styles: ['normal', 'italic'] },
  { family: 'Inter', slug: 'inter', subsets: ['greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'], weights: [400, 600, 700], styles: ['normal'] },
  { family: 'Noto Sans Arabic', slug: 'noto-sans-arabic', subsets: ['arabic'], weights: [400, 700], styles: ['normal'] },
  { family: 'Noto Sans Hebrew', slug: 'noto-sans-hebrew', subsets: ['hebrew'], weights: [400, 700], styles: ['normal'] },
  { family: 'Noto Sans Devanagari', slug: 'noto-sans-devanagari', subsets: ['devanagari'], weights: [400, 700], styles: ['normal'] },
  { family: 'Noto Sans JP', slug: 'noto-sans-jp', subsets: 'numbered', weights: [400], styles: ['normal'] },
  { family: 'Noto Sans SC', slug: 'noto-sans-sc', subsets: 'numbered', weights: [400], styles: ['normal'] },
  { family: 'Noto Sans TC', slug: 'noto-sans-tc', subsets: 'numbered', weights: [400], styles: ['normal'] },
  { family: 'Noto Sans KR', slug: 'noto-sans-kr', subsets: 'numbered', weights: [400], styles: ['normal'] },
];

/** Every file of the sets: family, weight, style, unicode-range and its path on disk. */
export function scriptFontFiles() {
  return SCRIPT_FONT_SETS.flatMap((set) => {
    const dir = path.dirname(require.resolve(`@fontsource/${set.slug}/package.json`));
    const ranges = JSON.parse(readFileSync(path.join(dir, 'unicode.json'), 'utf8'));
    const subsets = set.subsets === 'numbered'
      ? Object.keys(ranges).flatMap((k) => (/^\[\d+\]$/.test(k) ? [k.slice(1, -1)] : []))
      : set.subsets;
    return subsets.flatMap((subset) => {
      const range = ranges[set.subsets === 'numbered' ? `[${subset}]` : subset];
      if (!range) throw new Error(`@fontsource/${set.slug} has no unicode-range for ${subset}`);
      return set.weights.flatMap((weight) => set.styles.map((style) => ({
        family: set.family, weight, style, range,
        file: path.join(dir, 'files', `${set.slug}-${subset}-${weight}-${style}.woff2`),
      })));
    });
  });
}

const ID = 'virtual:script-fonts';

export function scriptFontsPlugin() {
  return {
    name: 'chancery-script-fonts',
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const files = scriptFontFiles();
      const imports = files.map((f, i) => `import f${i} from ${JSON.stringify(`${f.file}?url`)};`);
      const faces = files.map((f, i) => `{family:${JSON.stringify(f.family)},url:f${i},weight:${f.weight},style:${JSON.stringify(f.style)},range:${JSON.stringify(f.range)}}`);
      return `${imports.join('\n')}\nexport default [${faces.join(',\n')}];\n`;
    },
  };
}
