import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    pool: 'forks',
    // Generous: a timeout only catches a hang; speed is measured by `npm run bench`, never by tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits on the app (a sync, a screen) as waitFor does; its 1-second default fails
    // on a busy machine, not on a wrong app.
    expect: { poll: { timeout: 15_000 } },
    // Two cores: more workers only make the browser and chaos tests fight over them.
    maxWorkers: 2,
  },
});
