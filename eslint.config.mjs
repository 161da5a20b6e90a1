// The layers of DEVELOPERS.md ("Layers"), enforced: shared/ is pure domain code; renderer/ never
// reaches Electron or Node; node/ is the Node-only code both shells share (files, atomic
// writing); electron/ and cli/ are shells that import shared/ and node/, and not each other.
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const message = (layer, why) => `${layer} may not import this: ${why} (see DEVELOPERS.md, the layers).`;

const restrict = (layer, { node = false, electron = false, ui = false, folders = [] }) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: [
        ...(node ? nodeBuiltins.map((name) => ({ name, message: message(layer, 'no Node built-ins') })) : []),
        ...(electron ? [{ name: 'electron', message: message(layer, 'no Electron') }] : []),
      ],
      patterns: [
        ...(node ? [{ group: ['node:*'], message: message(layer, 'no Node built-ins') }] : []),
        ...(electron ? [{ group: ['electron/*'], message: message(layer, 'no Electron') }] : []),
        ...(ui
          ? [{ group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'chart.js', 'chart.js/*', 'react-chartjs-2'], message: message(layer, 'no UI libraries') }]
          : []),
        ...folders.map((f) => ({ group: [`**/${f}/*`, `**/${f}`], message: message(layer, `no imports from ${f}/`) })),
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'coverage/', 'shared/export/page-script.generated.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      ...restrict('shared/', { node: true, electron: true, ui: true, folders: ['renderer', 'electron', 'cli', 'node', 'scripts', 'test'] }),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict('renderer/', { node: true, electron: true, folders: ['electron', 'cli', 'node', 'scripts'] }),
  },
  {
    files: ['node/**/*.ts'],
    rules: restrict('node/', { electron: true, ui: true, folders: ['renderer', 'electron', 'cli'] }),
  },
  {
    files: ['electron/**/*.ts'],
    rules: restrict('electron/', { ui: true, folders: ['renderer', 'cli'] }),
  },
  {
    files: ['cli/**/*.ts'],
    rules: restrict('cli/', { electron: true, ui: true, folders: ['renderer', 'electron'] }),
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    languageOptions: { globals: { ...globals.jest, ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
