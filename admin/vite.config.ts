/**
 * The console's build: React, output in admin/dist (the server serves it at /). The dev server
 * (port 5173) proxies the API to a server on port 4000, or QYZMET_API if set.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const api = process.env.QYZMET_API ?? 'http://localhost:4000';
const proxy = Object.fromEntries(['/graphql', '/healthz', '/readyz', '/open-data'].map((path) => [path, { target: api }]));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // react-admin alone is some 650 kB minified (200 kB gzipped).
    chunkSizeWarningLimit: 800,
    // Libraries in their own chunks, so a console release does not invalidate them in browsers' caches.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            // MUI X (charts) is left out: only the dashboard's lazily loaded charts use it.
            { name: 'mui', test: /node_modules[\\/](@mui[\\/](?!x-)|@emotion[\\/])/ },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[^\\/]+)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, proxy },
});
