// itinera's analysis worker (a module worker; see src/runner/worker.rs for the messages).
//
// It imports the page's own wasm-bindgen script, whose URL the page sends first, and
// instantiates the same wasm the page runs (from the browser's cache), then analyses each
// text it is sent with the module's `worker_analyze` export, posting progress as it goes.
// The module's start function sees no window here and does not start the app.
let engine = null;

self.onmessage = async ({ data }) => {
  if (data.kind === 'init') {
    engine = import(data.glue).then(async (m) => {
      await m.default({ module_or_path: data.wasm });
      return m;
    });
    engine.catch((e) => self.postMessage({ kind: 'failed', run: -1, message: String(e) }));
    return;
  }
  if (data.kind !== 'analyse') return;
  const { run, text, date } = data;
  try {
    const m = await engine;
    const progress = (stage, done) => self.postMessage({ kind: 'progress', run, stage, done });
    const json = m.worker_analyze(text, date, progress);
    self.postMessage({ kind: 'done', run, json });
  } catch (e) {
    self.postMessage({ kind: 'failed', run, message: String(e && e.message || e) });
  }
};
