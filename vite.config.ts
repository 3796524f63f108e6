import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './csp.config';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', strictPort: false },
  server: { host: '127.0.0.1' },
});
