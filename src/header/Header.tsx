import { usePolicyStore } from '../state/policyStore';

/** Server name, tool count and the document's actions. PLACEHOLDER: the editor work fills it. */
export function Header() {
  const serverName = usePolicyStore((s) => s.serverName);
  const count = usePolicyStore((s) => s.tools.length);
  return (
    <header className="app-header">
      <h1>MCP Policy Builder</h1>
      <span className="server">
        {serverName ?? 'No server loaded'} · {count} tools
      </span>
    </header>
  );
}
