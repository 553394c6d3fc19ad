//! The floor for start-up: the smallest Rust program, built with the same
//! release profile as `ladder`.

fn main() {
    println!("Hello, world!");
}
