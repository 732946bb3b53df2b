//! Rebuild when a migration changes: `sqlx::migrate!` embeds the files at compile time, and
//! Cargo does not otherwise know that the crate depends on them.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
