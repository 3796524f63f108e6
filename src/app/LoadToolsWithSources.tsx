import { LoadToolsDialog } from '../tools/LoadToolsDialog';
import { dropOnLoadTools, ToolListSources } from '../transfer/ToolListSources';

/** The "Load tools" dialog with the transfer feature's sources: "Open file…", examples, drops. */
export function LoadToolsWithSources({ onClose }: { onClose: () => void }) {
  return (
    <LoadToolsDialog
      onClose={onClose}
      sources={(api) => <ToolListSources {...api} />}
      onDrop={dropOnLoadTools}
    />
  );
}
