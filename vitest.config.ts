import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Domain code must not depend on the machine's zone; Europe/Amsterdam is the product default, not the process's.
    env: { TZ: 'America/New_York' },
  },
});
