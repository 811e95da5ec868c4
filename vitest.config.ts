import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'renderer/src/**/*.test.{ts,tsx}',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    restoreMocks: true,
  },
});
