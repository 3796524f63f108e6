import { Server } from 'lucide-react';
import { usePolicyStore } from '../state/policyStore';

/** Which server's tools are loaded, and how many. */
export function ServerSummary() {
  const serverName = usePolicyStore((s) => s.serverName);
  const count = usePolicyStore((s) => s.tools.length);
  return (
    <p className="server-summary" data-empty={count === 0 || undefined}>
      <Server aria-hidden="true" className="server-icon" />
      <span className="server-name">
        {serverName ?? (count > 0 ? 'Unnamed server' : 'No server loaded')}
      </span>
      <span className="server-count">
        {count} {count === 1 ? 'tool' : 'tools'}
      </span>
    </p>
  );
}
