//! Development aid: time the quotes stage alone over pages (repeat count first).
fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10);
    let opts = newsclip::Options::default();
    let articles: Vec<newsclip::Article> = args
        .filter_map(|p| std::fs::read(p).ok())
        .filter_map(|b| newsclip::extract(&b, &opts).ok())
        .collect();
    let start = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..n {
        for a in &articles {
            let mut c = a.clone();
            newsclip::quotes::annotate(&mut c, &opts);
            found += c.quotes.len();
        }
    }
    println!("{} pages x {n}: {:?}, {found} quotes", articles.len(), start.elapsed());
}
