// itinera's analysis worker (a module worker; see src/runner/worker.rs for the messages).
//
// It imports the page's own wasm-bindgen script, whose URL the page sends first, and
// instantiates the same wasm the page runs (from the browser's cache), then analyses each
// text it is sent with the module's `worker_analyze` export, posting progress as it goes.
// The page also sends it the small-places tier, once it has it (`load_small_places`).
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
  if (data.kind === 'small-places') {
    // The small-places tier, from the page: in the engine before any later analysis
    // (analyses wait on `engine`, which now resolves only after it is loaded).
    if (engine) engine = engine.then((m) => { m.load_small_places(data.table); return m; });
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
