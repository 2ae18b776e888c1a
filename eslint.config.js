// Lint: typescript-eslint's recommended rules over the server, the console and the tests.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { files: ['**/*.{ts,tsx}'] },
  { ignores: ['eslint.config.js', 'vitest.config.ts', '**/dist/**', '**/node_modules/**', 'admin/src/generated/**', 'examples/*/src/generated/**', 'migrations/**', 'coverage/**', '.data/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-namespace': 'off',
    },
  },
);
