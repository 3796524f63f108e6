/** Says that the form holds a change the document does not have yet, and why. */
export function Unwritten({ show }: { show: boolean }) {
  return (
    <p className="unwritten" role="status">
      {show ? 'Not written to the policy yet: fix the marked fields.' : ''}
    </p>
  );
}
