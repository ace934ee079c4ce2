//! Speed of the engine, per stage, on three texts: `make bench` (or
//! `cargo bench -p itinera-engine --bench pipeline`).
//!
//! - `seed`: the sample article, read at run time from `$ITINERA_SEED` or
//!   `../shared/data/trips/dev/00.txt` (never copied into the repo); when neither exists,
//!   a generated text of the same length (about 5.5 KB) stands in.
//! - `100k`, `1m`: generated news-like text of 100 KB and 1 MB (see [`generate`]): a few
//!   paragraphs written for this bench, repeated with varied people, places and dates so
//!   the gazetteer and the entity tables see many different names.
//!
//! Stages, each timed alone on the state the earlier stages leave: `doc` (normalise and
//! segment), `places`, `entities`, `time`, `events`, `trip`, `topics`; and `analyze`, the
//! whole pipeline including the mapping back to input offsets. Before the benches run,
//! the first call (which also parses the embedded gazetteer) is timed once and printed.
//!
//! Time is the CPU time of the benchmarking thread (Linux `CLOCK_THREAD_CPUTIME_ID`), not
//! the wall clock: the build machine is shared, and waiting for a core is not the engine's
//! cost. On a quiet machine the two agree for this single-threaded code. Set
//! `ITINERA_BENCH_CLOCK=wall` for wall-clock time.
//!
//! Criterion's `time: [low mid high]` line is a confidence interval for the mean; the
//! medians are in `target/criterion/<text>/<stage>/new/estimates.json`, which `make bench`
//! prints as a table.

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{BatchSize, Criterion, Throughput};
use itinera_engine::analysis::Analysis;
use itinera_engine::doc::Doc;
use itinera_engine::{analyze, entities, events, places, time, topics, trip, Options};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Paragraphs written for this bench. `{P}`/`{Q}` are people, `{A}`/`{B}`/`{C}` places,
/// `{D}` a day, `{M}` a month.
const PARAGRAPHS: &[&str] = &[
    "{P} flew to {A} on {D} for talks with officials from {B}, the first such visit in two \
     years. \"We have a lot to discuss,\" {P} told reporters at the airport before leaving \
     for the capital.",
    "The meeting in {A} followed a week of tense exchanges between {B} and {C} over trade, \
     energy and the future of the border region. Analysts said the visit could ease some of \
     the pressure on both governments.",
    "On {D}, {Q} will travel from {A} to {C}, where the delegation is expected to meet \
     business leaders and sign an agreement on water and transport projects worth $2.5 \
     billion.",
    "Earlier in {M}, {Q} had said that talks in {B} were \"moving in the right direction\" \
     but warned that no deal would be reached before the end of the year.",
    "Police in {C} said about 1,200 people gathered in the main square on {D} evening. The \
     protest was peaceful, a spokesman for the city council said, and the crowd left by 10 \
     p.m.",
    "{P}, who served as finance minister of {B} from 2009 to 2014, is due to return to {A} \
     next week. A statement from the ministry said the trip would last three days.",
];

const PEOPLE: &[&str] = &[
    "Maria Lindqvist",
    "Tomas Okafor",
    "Aiko Tanaka",
    "Rafael Duarte",
    "Helen Mwangi",
    "Pavel Sokolov",
    "Amira Haddad",
    "James Whitfield",
    "Lucia Ferraro",
    "Kwame Mensah",
];

const PLACES: &[&str] = &[
    "Paris",
    "Berlin",
    "Tokyo",
    "Nairobi",
    "Lima",
    "Cairo",
    "New Delhi",
    "Sydney",
    "Toronto",
    "Madrid",
    "Rome",
    "Ankara",
    "Seoul",
    "Hanoi",
    "Bogota",
    "Accra",
    "Oslo",
    "Warsaw",
    "Kyiv",
    "Doha",
    "Brazil",
    "Kenya",
    "Japan",
    "Germany",
    "Peru",
    "Egypt",
    "India",
    "Canada",
    "Turkey",
    "Norway",
    "Geneva",
    "Vienna",
    "Jakarta",
    "Manila",
    "Santiago",
];

const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &["January", "March", "May", "July", "September", "November"];

/// News-like text of at least `bytes` bytes, the same for the same `bytes`: the bench
/// paragraphs in turn, with names drawn by a small linear congruential generator.
fn generate(bytes: usize) -> String {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |n: usize| -> usize {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % n
    };
    let mut out = String::with_capacity(bytes + 512);
    let mut i = 0;
    while out.len() < bytes {
        let para = PARAGRAPHS[i % PARAGRAPHS.len()]
            .replace("{P}", PEOPLE[next(PEOPLE.len())])
            .replace("{Q}", PEOPLE[next(PEOPLE.len())])
            .replace("{A}", PLACES[next(PLACES.len())])
            .replace("{B}", PLACES[next(PLACES.len())])
            .replace("{C}", PLACES[next(PLACES.len())])
            .replace("{D}", DAYS[next(DAYS.len())])
            .replace("{M}", MONTHS[next(MONTHS.len())]);
        out.push_str(&para);
        out.push_str("\n\n");
        i += 1;
    }
    out
}

/// The seed article, or a generated stand-in of its length.
fn seed() -> (String, &'static str) {
    let path = std::env::var("ITINERA_SEED").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/data/trips/dev/00.txt"
        )
        .into()
    });
    match std::fs::read_to_string(&path) {
        Ok(s) => (s, "seed"),
        Err(_) => (generate(5_500), "seed-generated"),
    }
}

/// Runs the stages before `stage` (by index into [`STAGES`]) and returns their state.
fn state_before(doc: &Doc, stage: usize) -> Analysis {
    let mut a = Analysis::empty();
    for run in &STAGES[..stage] {
        (run.1)(doc, &mut a);
    }
    a
}

type Stage = (&'static str, fn(&Doc, &mut Analysis));

/// The stages in pipeline order, as `analyze` runs them.
const STAGES: &[Stage] = &[
    ("places", places::extract),
    ("entities", entities::extract),
    ("time", |d, a| time::extract(d, None, a)),
    ("events", events::build),
    ("trip", trip::extract),
    ("topics", topics::extract),
];

/// CPU time consumed by the calling thread.
#[cfg(target_os = "linux")]
fn thread_cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec (64-bit Linux layout); the call only
    // writes to it.
    let ok = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    if ok {
        Duration::new(t.sec as u64, t.nsec as u32)
    } else {
        Duration::ZERO
    }
}

#[cfg(not(target_os = "linux"))]
fn thread_cpu_time() -> Duration {
    // No thread clock: fall back to a monotonic clock.
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// Criterion measurement: CPU time of the benchmarking thread (see the crate docs).
struct CpuTime {
    wall: WallTime,
}

impl Measurement for CpuTime {
    type Intermediate = Duration;
    type Value = Duration;
    fn start(&self) -> Duration {
        thread_cpu_time()
    }
    fn end(&self, start: Duration) -> Duration {
        thread_cpu_time().saturating_sub(start)
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, d: &Duration) -> f64 {
        d.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        self.wall.formatter()
    }
}

fn bench<M: Measurement<Value = Duration>>(c: &mut Criterion<M>) {
    let (seed, seed_name) = seed();
    let texts = [
        (seed_name, seed),
        ("100k", generate(100_000)),
        ("1m", generate(1_000_000)),
    ];
    let options = Options::default();

    let t = Instant::now();
    black_box(analyze(&texts[0].1, &options));
    println!(
        "first call (parses the gazetteer) on {}: {:?}",
        texts[0].0,
        t.elapsed()
    );

    scaling(&options);

    for (name, text) in &texts {
        let words = text.split_whitespace().count();
        println!("{name}: {} bytes, {words} words", text.len());
        let mut g = c.benchmark_group(*name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 50_000 {
            g.sample_size(10).measurement_time(Duration::from_secs(4));
        }
        g.bench_function("analyze", |b| b.iter(|| analyze(black_box(text), &options)));
        g.bench_function("doc", |b| b.iter(|| Doc::new(black_box(text))));
        let doc = Doc::new(text);
        for (i, (stage, run)) in STAGES.iter().enumerate() {
            let before = state_before(&doc, i);
            g.bench_function(*stage, |b| {
                b.iter_batched(
                    || before.clone(),
                    |mut a| run(&doc, &mut a),
                    BatchSize::LargeInput,
                )
            });
        }
        g.finish();
    }
}

/// Median of `runs` timings of `f`, in milliseconds of thread CPU time.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut v: Vec<f64> = (0..runs)
        .map(|_| {
            let t = thread_cpu_time();
            f();
            (thread_cpu_time() - t).as_secs_f64() * 1e3
        })
        .collect();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// A quick check that the cost grows linearly: each stage on generated texts of doubling
/// size (median of 3 runs), printed as ms and as µs per KB. Linear means a flat µs/KB
/// column. Set `ITINERA_SCALING=0` to skip.
fn scaling(options: &Options) {
    if std::env::var("ITINERA_SCALING").is_ok_and(|v| v == "0") {
        return;
    }
    println!("scaling (median of 3 runs; ms, then µs per KB in brackets):");
    println!(
        "{:>8} {:>16} {:>16} {}",
        "bytes",
        "analyze",
        "doc",
        STAGES
            .iter()
            .map(|s| format!("{:>16}", s.0))
            .collect::<String>()
    );
    for kb in [125, 250, 500, 1000] {
        let text = generate(kb * 1000);
        let cell = |ms: f64| format!("{:>16}", format!("{ms:.1} ({:.0})", ms * 1e3 / kb as f64));
        let whole = median_ms(3, || drop(black_box(analyze(&text, options))));
        let doc_ms = median_ms(3, || drop(black_box(Doc::new(&text))));
        let doc = Doc::new(&text);
        let mut row = String::new();
        for (i, (_, run)) in STAGES.iter().enumerate() {
            let before = state_before(&doc, i);
            let ms = median_ms(3, || {
                let mut a = before.clone();
                run(&doc, &mut a);
                black_box(a);
            });
            row.push_str(&cell(ms));
        }
        println!("{:>8} {} {} {row}", text.len(), cell(whole), cell(doc_ms));
    }
}

fn main() {
    if std::env::var("ITINERA_BENCH_CLOCK").is_ok_and(|v| v == "wall") {
        let mut c = Criterion::default().configure_from_args();
        bench(&mut c);
        c.final_summary();
    } else {
        let mut c = Criterion::default()
            .with_measurement(CpuTime { wall: WallTime })
            .configure_from_args();
        bench(&mut c);
        c.final_summary();
    }
    print_medians();
}

/// Prints the medians criterion saved (`target/criterion/<text>/<stage>/new/estimates.json`)
/// as one table, with words per second for the whole pipeline.
fn print_medians() {
    let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| Some(e.parent()?.parent()?.parent()?.join("criterion")))
    else {
        return;
    };
    let median_ms = |text: &str, stage: &str| -> Option<f64> {
        let path = dir.join(text).join(stage).join("new/estimates.json");
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
        Some(v["median"]["point_estimate"].as_f64()? / 1e6)
    };
    let stages = [
        "analyze", "doc", "places", "entities", "time", "events", "trip", "topics",
    ];
    println!("\nmedians (ms of thread CPU time unless ITINERA_BENCH_CLOCK=wall):");
    println!(
        "{:<15}{}{:>12}",
        "text",
        stages
            .iter()
            .map(|s| format!("{s:>10}"))
            .collect::<String>(),
        "words/s"
    );
    let (seed, seed_name) = seed();
    for (name, text) in [
        (seed_name, seed),
        ("100k", generate(100_000)),
        ("1m", generate(1_000_000)),
    ] {
        let cells: Vec<Option<f64>> = stages.iter().map(|s| median_ms(name, s)).collect();
        if cells.iter().all(Option::is_none) {
            continue;
        }
        let words = text.split_whitespace().count() as f64;
        let rate = cells[0].map_or("-".into(), |ms| format!("{:.0}", words / ms * 1e3));
        let row: String = cells
            .iter()
            .map(|c| c.map_or(format!("{:>10}", "-"), |ms| format!("{ms:>10.3}")))
            .collect();
        println!("{name:<15}{row}{rate:>12}");
    }
}
