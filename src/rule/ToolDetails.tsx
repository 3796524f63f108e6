import type { ToolEntry } from '../state/toolRows';
import { summarizeArguments } from './suggestions';

const MAX_ARGUMENTS = 40;

/** What the server says about a tool (as plain text), its arguments, and why it was classified so. */
export function ToolDetails({ entry }: { entry: ToolEntry }) {
  const { tool } = entry;
  const args = summarizeArguments(tool.inputSchema);
  return (
    <div className="tool-details">
      {typeof tool.title === 'string' && tool.title !== tool.name && (
        <p className="tool-title">{tool.title}</p>
      )}
      <p className="classification">
        <span className="badge" data-category={entry.category}>
          {entry.category}
        </span>{' '}
        <span className="badge" data-risk={entry.risk}>
          {entry.risk} risk
        </span>{' '}
        <span className="because">{entry.because}</span>
      </p>
      {typeof tool.description === 'string' && tool.description !== '' ? (
        <p className="description">{tool.description}</p>
      ) : (
        <p className="hint">No description.</p>
      )}
      <h3>Arguments</h3>
      {args.length === 0 ? (
        <p className="hint">No arguments described.</p>
      ) : (
        <ul className="arguments">
          {args.slice(0, MAX_ARGUMENTS).map((a) => (
            <li key={a.name}>
              <code>{a.name}</code> <span className="hint">{a.type}</span>
              {a.required && <span className="required"> · required</span>}
            </li>
          ))}
          {args.length > MAX_ARGUMENTS && (
            <li className="hint">and {args.length - MAX_ARGUMENTS} more</li>
          )}
        </ul>
      )}
    </div>
  );
}
