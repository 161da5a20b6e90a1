import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// base './' so that the same build loads from file:// in Electron and from any path in a browser.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1', strictPort: false },
});
