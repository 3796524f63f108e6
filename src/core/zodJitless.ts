// zod probes for eval with `new Function`, which the app's Content-Security-Policy forbids and
// reports as a violation; with `jitless` zod skips the probe and parses without generated code.
// Imported first by the core's index, before any module that could parse while it loads.
import { config } from 'zod';

config({ jitless: true });
