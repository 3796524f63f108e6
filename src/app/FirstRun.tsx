import { FileDown, PlugZap, Server } from 'lucide-react';
import { useState } from 'react';
import { EXAMPLE_SERVERS, fetchExample, type ExampleServer } from '../transfer/examples';
import { loadToolListText } from '../transfer/loadToolList';
import { useTransferReport } from '../transfer/transferReport';
import { Button } from '../ui/design';
import { useOpenDialog } from '../ui/openDialog';
import './first-run.css';

/**
 * The empty state: one big "Load tools", the bundled servers one click away, and "Connect to
 * server". From here a recommended policy is two more clicks (Apply recommended, Export).
 */
export function FirstRun() {
  const show = useOpenDialog((s) => s.show);
  const [loading, setLoading] = useState<string | null>(null);

  const openExample = async (example: ExampleServer) => {
    setLoading(example.file);
    const fetched = await fetchExample(example);
    setLoading(null);
    if (!fetched.ok) {
      useTransferReport.getState().show({ tone: 'error', title: fetched.error, lines: [] });
      return;
    }
    loadToolListText(fetched.text, example.serverName, example.serverName);
  };

  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <div className="first-run-card">
        <h2 id="first-run-title">Build a policy for an MCP server</h2>
        <p className="first-run-lead">
          Load a server&rsquo;s tool list, pick a decision per tool, then export the policy.json
          your gateway reads. Everything stays in this browser.
        </p>
        <div className="first-run-actions">
          <Button variant="primary" size="lg" icon={<FileDown />} onClick={() => show('load')}>
            Load tools
          </Button>
          <Button size="lg" icon={<PlugZap />} onClick={() => show('connect')}>
            Connect to server
          </Button>
        </div>
        <h3 className="first-run-subtitle">Or start from an example server</h3>
        <ul className="first-run-examples">
          {EXAMPLE_SERVERS.map((example) => (
            <li key={example.file}>
              <button
                type="button"
                className="first-run-example"
                aria-busy={loading === example.file || undefined}
                onClick={() => void openExample(example)}
              >
                <Server aria-hidden="true" />
                <span>
                  <span className="first-run-example-name">{example.serverName}</span>
                  <span className="first-run-example-detail">{example.detail}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
