import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default [
  ...nextVitals,
  ...nextTs,
  {
    // Links go through components/ui/link.tsx, which turns off the router's prefetch (why: there).
    files: ['app/**', 'components/**', 'lib/**'],
    ignores: ['components/ui/link.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'next/link', message: "Use '@/components/ui/link': next/link prefetches every link on screen." }] }],
    },
  },
  // Hand-written reads on the shared client go through queryRows (lib/db/query-rows.ts, why: there).
  {
    files: ['app/**', 'components/**', 'lib/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='prisma'][property.name=/^\\$queryRaw/]", message: "Use queryRows from '@/lib/db/query-rows' (a transaction keeps tx.$queryRaw)." },
      ],
    },
  },
  // Node's own CommonJS, loaded by the launcher before anything is compiled.
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Playwright's fixtures take a `use` callback; it is not React's hook.
  { files: ['tests/e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  { ignores: ['.next/**', '.data/**', 'node_modules/**', 'lib/generated/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];
