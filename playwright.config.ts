import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/browser';

/** The e2e run (scripts/e2e.ts) builds into NEXT_DIST_DIR against its own seeded database. */
const PORT = Number(process.env.E2E_PORT || 3100);
const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  },
};

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // A test's (and its hooks') deadline: a loaded two-core machine takes tens of seconds for what an
  // idle one does in a few (a beforeAll that creates four staff accounts hashes four passwords).
  timeout: 60_000,
  // An assertion polls until this deadline: on a loaded two-core CI machine an action and the page
  // it redirects to (a front's preview renders every container) can take longer than the default 5 s.
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
  },
  projects: [
    // Readers' journeys only read the seeded newsroom.
    {
      name: 'readers',
      testIgnore:
        /(caching|production-proxy|hostile-input|newsroom-[a-z-]+|two-factor|graceful-shutdown|crash-safety|visual)\.spec\.ts/,
      use: browser,
    },
    // The hostile-input corpus proves it writes nothing, so it runs alone: after the readers'
    // journeys (some sign up and sign in) and before anything else writes.
    { name: 'hostile', testMatch: /hostile-input\.spec\.ts/, use: browser, dependencies: ['readers'] },
    // The caching and proxy journeys edit the database, so they run after the readers' journeys.
    { name: 'changes', testMatch: /(caching|production-proxy)\.spec\.ts/, use: browser, dependencies: ['hostile'] },
    // The newsroom publishes through /admin; it runs last so its invalidations disturb no other check.
    { name: 'newsroom', testMatch: /newsroom-[a-z-]+\.spec\.ts/, use: browser, dependencies: ['changes'] },
    // Two-factor sign-in turns on a role's requirement for a while, which changes how every member of
    // that role signs in: alone, after the newsroom's journeys (which sign in with passwords).
    { name: 'two-factor', testMatch: /two-factor\.spec\.ts/, use: browser, dependencies: ['newsroom'] },
    // Faults start servers of their own (on copies of the database) and kill them: last, so their load disturbs no timing.
    {
      name: 'faults',
      testMatch: /(graceful-shutdown|crash-safety)\.spec\.ts/,
      use: browser,
      dependencies: ['two-factor'],
    },
    // Screenshots (test-results/screenshots) and the screenshot comparison on a fixture server of its
    // own: last, so its load disturbs no timing. Baselines sit next to the spec without a platform
    // suffix, so any Linux machine compares against the same files (how to update them: e2e/visual.spec.ts).
    {
      name: 'visual',
      testMatch: /visual\.spec\.ts/,
      use: browser,
      dependencies: ['faults'],
      snapshotPathTemplate: '{testDir}/{testFileName}-snapshots/{arg}{ext}',
    },
  ],
  webServer: {
    // What production runs (npm start): Next inside scripts/serve.ts.
    // Its JSON log goes to a file (data/e2e/server.log, or E2E_SERVER_LOG): scripts/e2e.ts prints
    // the error lines when a test fails, so a failure on CI comes with the server's side of it.
    command: `node --import tsx scripts/serve.ts -p ${PORT} >> '${process.env.E2E_SERVER_LOG || 'data/e2e/server.log'}'`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
