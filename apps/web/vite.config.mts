/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const projectDir = fileURLToPath(new URL('.', import.meta.url));
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: projectDir,
  plugins: [react()],
  resolve: {
    alias: {
      // The web app may use the framework-free domain straight from source.
      '@chienowa/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: {
      // `ws`: GraphQL subscriptions (graphql-ws) upgrade on the same path.
      '/graphql': { target: apiUrl, changeOrigin: false, ws: true },
      '/health': { target: apiUrl, changeOrigin: false },
      // Images in posts are served by the API to signed-in members only.
      '/uploads': { target: apiUrl, changeOrigin: false },
      // One-time export downloads (人事 exports, my contribution report).
      '/exports': { target: apiUrl, changeOrigin: false },
    },
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks: app releases don't invalidate the browser's copy of React/Mantine.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
            },
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-number-format)/,
            },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
});
