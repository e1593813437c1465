// The analysis worker for browsers (vscode.dev): a classic Web Worker script.
import type { HostMessage } from './protocol';
import { createAnalysisServer, warmUp } from './serve';

/** The parts of a dedicated worker's global scope used here. */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<HostMessage>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createAnalysisServer((message, transfer) => scope.postMessage(message, transfer));
scope.addEventListener('message', (event) => handle(event.data));
warmUp();
