// Every live cell is to run as a Kubernetes pod. Until the pods feature adds pod figures to the API they read "—";
// it adds `pods: { existing, running }` to each board, and these columns show it with no other change here.
// A phase source for single pods is a one-line change in podPhase.

/** The pods columns of the board list (see table.js for the column shape). */
export const podColumns = [
  { id: 'pods-existing', header: 'Pods existing', numeric: true, value: board => board.pods?.existing },
  { id: 'pods-running', header: 'Pods running', numeric: true, value: board => board.pods?.running },
];

/** The name of the pod that runs cell (x, y): `<board>-<x>-<y>`, within Kubernetes' 63 characters by the board name's limit. */
export function podName(board, x, y) {
  return `${board}-${x}-${y}`;
}

/** The phase of that pod (Pending, Running, …), or null while the cluster has no pods to ask about. */
export async function podPhase(_board, _x, _y) {
  return null;
}
