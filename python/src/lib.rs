//! `itinera._itinera`: the engine for Python. The package `itinera` (python/itinera)
//! re-exports it; the stub `_itinera.pyi` types it.
//!
//! - `analyze(text, date=None) -> dict`: the `Analysis` as a dict (serde JSON read back
//!   by Python's `json`), or `AnalysisError` with the engine's message.
//! - `analyze_many(items, threads=None, errors="raise")`: an iterator of records
//!   `{"id": ..., "analysis": {...}}` in the order of `items` (strings, or dicts with
//!   `text` and optional `id` and `date`). Items are pulled in chunks, each chunk analysed
//!   on a rayon pool with the GIL released, so memory stays bounded however long `items`
//!   is. With `errors="record"`, a bad item gives `{"id": ..., "error": "..."}` instead
//!   of raising.

use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyIterator, PyMapping, PyString};
use std::collections::VecDeque;
use std::panic::{catch_unwind, AssertUnwindSafe};

create_exception!(
    _itinera,
    AnalysisError,
    PyValueError,
    "An input the engine cannot analyse: an empty text, a date not in the form YYYY-MM-DD."
);

/// The `Analysis` of `text` as JSON, or the message saying why there is none.
fn analyse(text: &str, date: Option<&str>) -> Result<String, String> {
    if text.trim().is_empty() {
        return Err("the text is empty: there is no text to analyse".into());
    }
    let options = match date {
        Some(d) => itinera_engine::Options::with_date(d).map_err(|e| e.to_string())?,
        None => itinera_engine::Options::default(),
    };
    // The engine promises never to panic; should it ever, this call fails, not Python.
    let analysis = catch_unwind(AssertUnwindSafe(|| itinera_engine::analyze(text, &options)))
        .map_err(|_| "the engine failed on this text (a bug)".to_string())?;
    serde_json::to_string(&analysis).map_err(|e| format!("cannot write JSON: {e}"))
}

fn json_loads<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (json,))
}

/// Analyses one article: the `Analysis` as a dict. Raises `AnalysisError` for an empty
/// text or a date not in the form YYYY-MM-DD.
#[pyfunction]
#[pyo3(signature = (text, date=None))]
fn analyze<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let text: String = text
        .extract()
        .map_err(|_| PyTypeError::new_err("text must be a str"))?;
    let date: Option<String> = match date {
        None => None,
        Some(d) if d.is_none() => None,
        Some(d) => Some(
            d.extract()
                .map_err(|_| PyTypeError::new_err("date must be a str (YYYY-MM-DD) or None"))?,
        ),
    };
    let json = py
        .detach(|| analyse(&text, date.as_deref()))
        .map_err(AnalysisError::new_err)?;
    json_loads(py, &json)
}

/// One item pulled from the caller's iterable: its id and what to analyse, or why not.
struct Pulled {
    id: Py<PyAny>,
    input: Result<(String, Option<String>), String>,
}

/// One item analysed: its id and the JSON, or the message.
struct Answered {
    id: Py<PyAny>,
    result: Result<String, String>,
}

/// The iterator `analyze_many` returns.
#[pyclass(module = "itinera._itinera")]
struct Batch {
    source: Py<PyIterator>,
    pool: rayon::ThreadPool,
    chunk: usize,
    ready: VecDeque<Answered>,
    /// Position of the next item pulled (0-based): the id of items without one.
    position: u64,
    raise: bool,
    /// An exception from the caller's iterable, raised once the items before it are out.
    pending: Option<PyErr>,
    exhausted: bool,
}

impl Batch {
    fn pull(&mut self, py: Python<'_>) -> Vec<Pulled> {
        let mut source = self.source.bind(py).clone();
        let mut out = Vec::with_capacity(self.chunk);
        while out.len() < self.chunk {
            match source.next() {
                None => {
                    self.exhausted = true;
                    break;
                }
                Some(Err(e)) => {
                    self.pending = Some(e);
                    self.exhausted = true;
                    break;
                }
                Some(Ok(item)) => {
                    let position = self.position;
                    self.position += 1;
                    out.push(read_item(py, &item, position));
                }
            }
        }
        out
    }
}

/// Reads an item: a str (its id is its position), or a dict with "text" and optional
/// "id" (else the position) and "date".
fn read_item(py: Python<'_>, item: &Bound<'_, PyAny>, position: u64) -> Pulled {
    let position_id = || -> Py<PyAny> {
        position
            .into_pyobject(py)
            .map(|b| b.into_any().unbind())
            .unwrap_or_else(|_| py.None())
    };
    if let Ok(s) = item.cast::<PyString>() {
        return Pulled {
            id: position_id(),
            input: s
                .to_str()
                .map(|t| (t.to_string(), None))
                .map_err(|_| format!("item {position}: the text is not valid Unicode")),
        };
    }
    let Ok(d) = item.cast::<PyMapping>() else {
        return Pulled {
            id: position_id(),
            input: Err(format!(
                "item {position}: expected a str or a mapping with \"text\", got {}",
                item.get_type()
                    .name()
                    .map(|n| n.to_string())
                    .unwrap_or_else(|_| "another type".into())
            )),
        };
    };
    // A key that is missing (or whose lookup fails) counts as absent.
    let get = |key: &str| d.get_item(key).ok();
    let id = match get("id") {
        Some(id) => id.unbind(),
        None => position_id(),
    };
    let text = match get("text") {
        Some(t) => match t.extract::<String>() {
            Ok(t) => Ok(t),
            Err(_) => Err(format!("item {position}: \"text\" is not a str")),
        },
        None => Err(format!("item {position}: no \"text\" key")),
    };
    let date = match get("date") {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => v
            .extract::<String>()
            .map(Some)
            .map_err(|_| format!("item {position}: \"date\" is not a str (YYYY-MM-DD)")),
    };
    Pulled {
        id,
        input: text.and_then(|t| date.map(|d| (t, d))),
    }
}

#[pymethods]
impl Batch {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        if self.ready.is_empty() && !self.exhausted {
            let pulled = self.pull(py);
            let (ids, inputs): (Vec<_>, Vec<_>) =
                pulled.into_iter().map(|p| (p.id, p.input)).unzip();
            let pool = &self.pool;
            let results: Vec<Result<String, String>> = py.detach(|| {
                pool.install(|| {
                    use rayon::prelude::*;
                    inputs
                        .par_iter()
                        .map(|input| match input {
                            Ok((text, date)) => analyse(text, date.as_deref()),
                            Err(e) => Err(e.clone()),
                        })
                        .collect()
                })
            });
            self.ready.extend(
                ids.into_iter()
                    .zip(results)
                    .map(|(id, result)| Answered { id, result }),
            );
        }
        let Some(next) = self.ready.pop_front() else {
            return match self.pending.take() {
                Some(e) => Err(e),
                None => Ok(None),
            };
        };
        let record = PyDict::new(py);
        record.set_item("id", &next.id)?;
        match next.result {
            Ok(json) => record.set_item("analysis", json_loads(py, &json)?)?,
            Err(msg) if self.raise => {
                let id = next.id.bind(py).repr()?;
                let msg = if msg.starts_with("item ") {
                    msg
                } else {
                    format!("id {id}: {msg}")
                };
                return Err(AnalysisError::new_err(msg));
            }
            Err(msg) => record.set_item("error", msg)?,
        }
        Ok(Some(record.into_any().unbind()))
    }
}

/// Analyses many articles on `threads` threads (all cores by default), yielding one
/// record per item, in order.
#[pyfunction]
#[pyo3(signature = (items, threads=None, errors="raise"))]
fn analyze_many(items: &Bound<'_, PyAny>, threads: Option<usize>, errors: &str) -> PyResult<Batch> {
    let raise = match errors {
        "raise" => true,
        "record" => false,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be \"raise\" or \"record\", not {other:?}"
            )))
        }
    };
    if threads == Some(0) {
        return Err(PyValueError::new_err("threads must be 1 or more (or None)"));
    }
    // A str is iterable (by character): almost surely a mistake here.
    if items.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "items must be an iterable of articles, not one str (use analyze for one text)",
        ));
    }
    let source = items.try_iter()?.unbind();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .map_err(|e| PyValueError::new_err(format!("cannot start the threads: {e}")))?;
    let chunk = (pool.current_num_threads() * 16).clamp(32, 4096);
    Ok(Batch {
        source,
        pool,
        chunk,
        ready: VecDeque::new(),
        position: 0,
        raise,
        pending: None,
        exhausted: false,
    })
}

#[pymodule]
fn _itinera(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_class::<Batch>()?;
    m.add("AnalysisError", m.py().get_type::<AnalysisError>())?;
    m.add("SCHEMA", "itinera.analysis/1")?;
    Ok(())
}
