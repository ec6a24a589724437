// Test projects: unit (pure server code), integration (real server, database, sockets), client (components), e2e (Chromium).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const server = { deps: { inline: ['kysely'] } };

export default defineConfig({
  // Node loads graphql's CommonJS build for our dependencies; Vite would pick index.mjs for our code,
  // and two copies of graphql break `instanceof GraphQLError`.
  resolve: {
    alias: [
      {
        find: /^graphql$/,
        replacement: fileURLToPath(new URL('./node_modules/graphql/index.js', import.meta.url)),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['server/**/*.test.ts'], environment: 'node', server },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          server,
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'client',
          include: ['client/src/**/*.test.tsx', 'client/src/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['client/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          server,
        },
      },
    ],
  },
});
