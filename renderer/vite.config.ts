import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is loaded from disk (Electron) or from the e2e harness: relative asset paths, no network at build time.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // One chunk per screen set is not worth it for a desktop app loaded from disk.
    chunkSizeWarningLimit: 2000,
  },
});
