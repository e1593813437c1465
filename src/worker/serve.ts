// The worker's side of the protocol: analyse the text it is sent, then hand the result over piece by piece.
import { analyze } from '../core';
import { toPieces, transferables, type HostMessage, type Piece, type WorkerMessage } from './protocol';

export type Post = (message: WorkerMessage, transfer: ArrayBuffer[]) => void;

/** Handles the editor's messages; only the newest job's result is kept. */
export function createAnalysisServer(post: Post): (message: HostMessage) => void {
  let pending: { job: number; pieces: Piece[]; sent: number } | undefined;

  const sendNext = () => {
    const p = pending!;
    const piece = p.pieces[p.sent++];
    const last = p.sent === p.pieces.length;
    if (last) pending = undefined;
    post({ type: 'piece', job: p.job, piece, last }, transferables(piece));
  };

  return (message) => {
    switch (message.type) {
      case 'analyze': {
        pending = undefined;
        try {
          const annotations = analyze(message.text, message.options);
          pending = { job: message.job, pieces: toPieces(annotations, message.sliceTexts ? message.text : undefined), sent: 0 };
        } catch (e) {
          post({ type: 'error', job: message.job, message: e instanceof Error ? (e.stack ?? e.message) : String(e) }, []);
          return;
        }
        sendNext();
        return;
      }
      case 'next':
        if (pending?.job === message.job) sendNext();
        return;
      case 'drop':
        if (pending?.job === message.job) pending = undefined;
        return;
    }
  };
}

/** Builds the engine's word lists before the first real job arrives. */
export function warmUp(): void {
  analyze('On Monday a spokesperson for the city council said that about 40 people in Lyon had been evacuated.');
}
