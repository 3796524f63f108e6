/** PLACEHOLDER: import / export / connect / share actions (transfer work). */
export function TransferActions() {
  return null;
}
