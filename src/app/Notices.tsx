import { useUiStore } from '../state/uiStore';

/** Every notice not yet dismissed, oldest first, each with its action and a dismiss button. */
export function Notices() {
  const notices = useUiStore((s) => s.notices);
  const dismiss = useUiStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className="notice"
          data-tone={notice.tone}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.text}</span>
          <span className="notice-actions">
            {notice.action && (
              <button type="button" onClick={notice.action.run}>
                {notice.action.label}
              </button>
            )}
            <button type="button" onClick={() => dismiss(notice.id)} aria-label="Dismiss notice">
              ×
            </button>
          </span>
        </div>
      ))}
    </div>
  );
}
