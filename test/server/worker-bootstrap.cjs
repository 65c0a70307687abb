// Runs the browser bundle of the server in a worker thread: `self` is the worker scope there.
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = {
  postMessage: m => parentPort.postMessage(m),
  addEventListener: () => {},
  // A web worker's close() ends it; in a worker thread, process.exit ends the thread.
  close: () => process.exit(0),
  set onmessage(fn) {
    // A batch (the harness's `raw`) arrives as one event and is handed over message by message, at once.
    parentPort.on('message', data => {
      for (const m of data?.planlintBatch ?? [data]) fn({ data: m });
    });
  },
};
require(workerData.bundle);
