// The analysis worker for Node (desktop VS Code, code-server). Loaded on the editor's own thread,
// the same file provides the engine for in-thread analysis when a worker cannot run.
import { isMainThread, parentPort } from 'node:worker_threads';
import { createAnalysisServer, warmUp } from './serve';

export { analyze } from '../core';

if (!isMainThread && parentPort) {
  const port = parentPort;
  const handle = createAnalysisServer((message, transfer) => port.postMessage(message, transfer));
  port.on('message', handle);
  warmUp();
}
