import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The Tauri shell loads `dist/` in production and this dev server (see
// tauri.conf.json `devUrl`) in development; both run offline under a strict CSP.
export default defineConfig({
  plugins: [react()],
  clearScreen: false,
  envPrefix: ['VITE_', 'TAURI_'],
  server: {
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: 'dist',
    // One bundle read from disk by the webview, never downloaded: its size
    // costs little, and splitting it would only add requests.
    chunkSizeWarningLimit: 1024,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    // A hang guard, not a speed check: a test waits up to 5 s for what it
    // expects (setup.ts), and on a loaded 2-core machine a test with one such
    // wait went past Vitest's default 5 s for the whole test.
    testTimeout: 20_000,
  },
});
