// Layer rules from ARCHITECTURE.md as an allowlist: each folder names what it may import, and any
// other import (of ours, of a package or of Node) fails lint. A denylist would let every new
// dependency through.

const element = (type) => ({ element: { type } });
const pkg = (...sources) => sources.map((source) => ({ module: { origin: 'external', source } }));
// Electron's types are a package, our layers are elements: a type-only import may reach either.
const typesOnly = (...types) => ({
  to: types.map((type) => (type in ALLOWED ? element(type) : { module: { origin: 'external', source: type } })),
  dependency: { kind: 'type' },
});

/** What each element type may import; `self` means the element's own folder. */
const ALLOWED = {
  domain: { layers: ['domain'], packages: ['zod', 'marked', 'fflate', 'chrono-node', 'approx-string-match'] },
  rendering: { layers: ['domain', 'rendering'], packages: ['marked', 'dompurify'] },
  importing: {
    layers: ['domain', 'rendering', 'importing'],
    packages: ['@mozilla/readability', 'dompurify', 'turndown', 'turndown-plugin-gfm', 'mammoth', 'pdfjs-dist', 'jschardet', 'linkedom'],
  },
  // The database registers the protection layer, so every handle on it seals when protected.
  database: { layers: ['domain', 'protection', 'journal'], packages: ['dexie'] },
  // The Dexie middleware that notes, in each write's own transaction, which records search must re-read.
  journal: { layers: ['journal'], packages: ['dexie'] },
  // Passphrase and record cryptography: WebCrypto and Argon2id only, no storage, no views.
  crypto: { layers: ['crypto'], packages: ['hash-wasm'] },
  // The Dexie middleware that seals records: it knows the crypto and Dexie, nothing of the app.
  protection: { layers: ['crypto', 'protection'], packages: ['dexie'] },
  // LiveQueryController lives with the data it watches and takes Lit's controller types.
  data: { layers: ['domain', 'data', 'database', 'crypto', 'protection', 'journal'], packages: ['dexie'], types: ['lit'] },
  // The worker that builds the index is the one search file that reads the database itself.
  'search-indexer': { layers: ['domain', 'search', 'data', 'database', 'journal'], packages: ['dexie'] },
  search: { layers: ['domain', 'search', 'data'], packages: [] },
  workflows: { layers: ['domain', 'importing', 'rendering', 'data', 'workflows', 'assets'], packages: ['fflate'] },
  platform: { layers: ['platform'], packages: [], types: ['main-common'] },
  ui: {
    layers: ['domain', 'importing', 'rendering', 'data', 'search', 'workflows', 'platform', 'ui', 'assets'],
    packages: ['lit', 'lucide', '@floating-ui/dom', 'virtual:script-fonts'],
    types: ['main-common'],
  },
  'renderer-entry': {
    layers: ['domain', 'importing', 'rendering', 'data', 'search', 'workflows', 'platform', 'ui'],
    packages: ['@mozilla/readability'],
    types: ['main-common'],
  },
  'main-common': { layers: ['main-common'], packages: ['zod'] },
  'main-services': { layers: ['main-common', 'main-services'], packages: ['pdf-lib', 'pdfjs-dist'], core: true },
  'main-ipc': { layers: ['main-common', 'main-ipc'], packages: ['zod'], types: ['electron'] },
  'main-app': { layers: ['main-common', 'main-services', 'main-ipc', 'main-app'], packages: ['electron'], core: true },
  'main-preload': { layers: ['main-common', 'main-preload'], packages: ['electron'] },
  'main-headless': { layers: ['main-common', 'main-services', 'main-headless'], packages: ['@playwright/test'], core: true },
};

const ELEMENTS = [
  { type: 'domain', pattern: 'renderer/src/domain' },
  { type: 'rendering', pattern: 'renderer/src/rendering' },
  { type: 'importing', pattern: 'renderer/src/importing' },
  // The raw Dexie handle: repositories and the search indexer only, never views.
  { type: 'database', pattern: 'renderer/src/data/db.ts', mode: 'file' },
  { type: 'crypto', pattern: 'renderer/src/data/crypto' },
  { type: 'protection', pattern: 'renderer/src/data/protection' },
  { type: 'journal', pattern: 'renderer/src/data/journal' },
  { type: 'data', pattern: 'renderer/src/data' },
  { type: 'search-indexer', pattern: 'renderer/src/search/search.worker.ts', mode: 'file' },
  { type: 'search', pattern: 'renderer/src/search' },
  { type: 'workflows', pattern: 'renderer/src/workflows' },
  { type: 'platform', pattern: 'renderer/src/platform' },
  { type: 'ui', pattern: 'renderer/src/ui' },
  { type: 'assets', pattern: 'renderer/src/assets' },
  { type: 'renderer-entry', pattern: 'renderer/src/*.ts', mode: 'file' },
  { type: 'main-common', pattern: 'main/common' },
  { type: 'main-services', pattern: 'main/services' },
  { type: 'main-ipc', pattern: 'main/ipc' },
  { type: 'main-app', pattern: 'main/app' },
  { type: 'main-app', pattern: 'main/index.ts', mode: 'file' },
  { type: 'main-preload', pattern: 'main/preload' },
  { type: 'main-headless', pattern: 'main/headless' },
];

const allowed = (rule) => [
  { to: rule.layers.map(element) },
  rule.packages.length > 0 && { to: pkg(...rule.packages) },
  rule.core && { to: { module: { origin: 'core' } } },
  rule.types && typesOnly(...rule.types),
].filter(Boolean);

const policies = Object.entries(ALLOWED).map(([from, rule]) => ({ from: element(from), allow: allowed(rule) }));

/** The flat-config block that enforces the layers, given the boundaries plugin. */
export function layerRules(boundaries) {
  return {
    files: ['renderer/src/**/*.ts', 'main/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      // Single files (the Dexie handle, entry points) are elements of their own through `mode: 'file'`,
      // which v7 still honours but warns about on every run.
      'boundaries/legacy-warnings': false,
      'boundaries/include': ['renderer/src/**/*', 'main/**/*'],
      'import/resolver': { typescript: { project: ['tsconfig.json', 'main/tsconfig.json'], noWarnOnMultipleProjects: true }, node: true },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, checkUnknownLocals: true, policies, message: 'ARCHITECTURE.md: this layer may not import that.' }],
      'boundaries/no-unknown-files': 'error',
    },
  };
}
