// Runs recheck off the main thread: a check can take hundreds of milliseconds, and the checker
// (≈700 kB gzip) is loaded only when a policy has a regex condition.
import { recheckRisk } from './recheckRisk';

self.onmessage = (event: MessageEvent<string>) => {
  const source = event.data;
  self.postMessage({ source, risk: recheckRisk(source) });
};
