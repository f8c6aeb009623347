// Lint, including the layer rules from ARCHITECTURE.md, enforced per folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// Type-only imports cross layers freely (the renderer reads the IPC contract's types).
const banned = (patterns, message) => [
  'error',
  { patterns: patterns.map((group) => ({ group: [group], message, allowTypeImports: true })) },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['renderer/src/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': banned(
        ['lit', 'lit/*', 'dexie', '**/ui/**', '**/data/**', '**/platform/**', '**/importing/**', '**/rendering/**', 'dompurify', 'node:*'],
        'domain/ is pure: no UI, storage, platform, DOM-bound or Node code.',
      ),
    },
  },
  {
    files: ['renderer/src/ui/**'],
    rules: { '@typescript-eslint/no-restricted-imports': banned(['dexie', '**/main/**'], 'ui/ reads data through data/ repositories and controllers, never Dexie or main.') },
  },
  {
    files: ['renderer/src/**'],
    ignores: ['renderer/src/ui/**', 'renderer/src/domain/**'],
    rules: { '@typescript-eslint/no-restricted-imports': banned(['**/main/**', 'electron', 'node:*'], 'The renderer never imports main or Node at runtime.') },
  },
  {
    files: ['main/common/**'],
    rules: { '@typescript-eslint/no-restricted-imports': banned(['electron', 'node:*', '**/app/**', '**/services/**'], 'main/common is environment-neutral.') },
  },
  {
    files: ['main/services/**', 'main/ipc/**', 'main/headless/**'],
    rules: { '@typescript-eslint/no-restricted-imports': banned(['electron'], 'Only main/app and main/index.ts import electron at runtime; services take Electron calls as parameters.') },
  },
);
