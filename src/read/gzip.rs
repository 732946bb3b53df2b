//! Gzip input decompressed one member at a time. Common Crawl and most crawlers compress each
//! WARC record as a gzip member of its own, so that a reader can start at any record and
//! damage costs one record: here a member that fails (bad deflate data, a checksum that does
//! not match, a member cut short) is reported once, as a [`DamagedMember`] error, and reading
//! goes on at the next member's header. A reader above it (the WARC reader) learns where the
//! damaged member's bytes begin, to tell which of its records cannot be trusted.

use std::error::Error;
use std::fmt;
use std::io::{self, BufRead, Read};

use flate2::bufread::GzDecoder;

/// The first two bytes of every gzip member.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A gzip member that could not be decompressed whole. Its bytes from `output_start` on
/// (counted in decompressed bytes from the start of the stream) are not to be trusted;
/// reading goes on at the next member.
#[derive(Debug)]
pub(crate) struct DamagedMember {
    /// Where the member starts in the compressed input.
    pub(crate) input_offset: u64,
    /// How many decompressed bytes the members before it gave.
    pub(crate) output_start: u64,
    source: io::Error,
}

impl fmt::Display for DamagedMember {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the gzip member at compressed byte {} is damaged: {}", self.input_offset, self.source)
    }
}

impl Error for DamagedMember {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.source)
    }
}

/// The damaged member an error reports, when it is one.
pub(crate) fn damaged_member(error: &io::Error) -> Option<&DamagedMember> {
    error.get_ref().and_then(|inner| inner.downcast_ref::<DamagedMember>())
}

/// The most compressed bytes of one member kept, to search again for the next member when it
/// proves damaged: a decoder fed damaged data can read on past the member's end, into the
/// members after it. Common Crawl's members (one record each) are far smaller.
const MAX_KEPT_MEMBER_BYTES: usize = 4 * 1024 * 1024;

/// The compressed input: counts what was consumed of it, keeps the bytes of the current
/// member (up to [`MAX_KEPT_MEMBER_BYTES`]), and can serve kept bytes again before the rest.
struct Input<R> {
    inner: R,
    /// Offset in the compressed input of the next byte served.
    position: u64,
    /// The current member's bytes so far; `None` once over the bound.
    kept: Option<Vec<u8>>,
    /// Bytes served again first, from `again_at` on.
    again: Vec<u8>,
    again_at: usize,
}

impl<R: BufRead> Input<R> {
    /// Start keeping the bytes of a new member.
    fn start_member(&mut self) {
        let mut kept = self.kept.take().unwrap_or_default();
        kept.clear();
        self.kept = Some(kept);
    }

    /// Serve the failed member's bytes again, after its first, so that the search for
    /// the next member starts where the failed one did.
    fn rewind_member(&mut self, member_start: u64) {
        if let Some(kept) = self.kept.take().filter(|kept| kept.len() > 1) {
            let mut again = kept;
            again.extend_from_slice(&self.again[self.again_at..]);
            again.remove(0);
            self.again = again;
            self.again_at = 0;
            self.position = member_start + 1;
        }
    }
}

impl<R: BufRead> Read for Input<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Input<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.again_at < self.again.len() { Ok(&self.again[self.again_at..]) } else { self.inner.fill_buf() }
    }

    fn consume(&mut self, amount: usize) {
        self.position += amount as u64;
        let replaying = self.again_at < self.again.len();
        if let Some(kept) = self.kept.as_mut() {
            let consumed = if replaying {
                self.again.get(self.again_at..self.again_at + amount)
            } else {
                // The bytes are still in the inner buffer: looking at them reads nothing.
                self.inner.fill_buf().ok().and_then(|buffer| buffer.get(..amount))
            };
            match consumed {
                Some(bytes) if kept.len() + bytes.len() <= MAX_KEPT_MEMBER_BYTES => kept.extend_from_slice(bytes),
                _ => self.kept = None,
            }
        }
        if replaying {
            self.again_at += amount;
            if self.again_at >= self.again.len() {
                self.again.clear();
                self.again_at = 0;
            }
        } else {
            self.inner.consume(amount);
        }
    }
}

/// The decompressed bytes of every gzip member of `R` in turn.
pub(super) struct GzMembers<R> {
    member: Option<GzDecoder<Input<R>>>,
    /// The input between members (or after the last).
    input: Option<Input<R>>,
    /// Where the current member starts, in the input and in the output.
    member_input_start: u64,
    member_output_start: u64,
    /// Decompressed bytes given so far.
    output: u64,
    /// After damage: the input is searched for the next member, and members that fail
    /// before giving a byte (a chance match of the magic bytes) fail silently.
    resyncing: bool,
}

impl<R: BufRead> GzMembers<R> {
    pub(super) fn new(input: R) -> Self {
        GzMembers {
            member: None,
            input: Some(Input { inner: input, position: 0, kept: None, again: Vec::new(), again_at: 0 }),
            member_input_start: 0,
            member_output_start: 0,
            output: 0,
            resyncing: false,
        }
    }

    /// Start the next member, after skipping to its magic bytes when resynchronising;
    /// `false` at the end of the input.
    fn start_member(&mut self) -> io::Result<bool> {
        let Some(input) = self.input.as_mut() else { return Ok(false) };
        if self.resyncing {
            if !skip_to_magic(input)? {
                return Ok(false);
            }
        } else if input.fill_buf()?.is_empty() {
            return Ok(false);
        }
        let Some(mut input) = self.input.take() else { return Ok(false) };
        input.start_member();
        self.member_input_start = input.position;
        self.member_output_start = self.output;
        self.member = Some(GzDecoder::new(input));
        Ok(true)
    }
}

impl<R: BufRead> Read for GzMembers<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            let Some(member) = self.member.as_mut() else {
                if self.start_member()? {
                    continue;
                }
                return Ok(0);
            };
            match member.read(buf) {
                Ok(0) => {
                    // The member ended and its checksum and length matched.
                    self.input = self.member.take().map(GzDecoder::into_inner);
                }
                Ok(n) => {
                    self.output += n as u64;
                    self.resyncing = false;
                    return Ok(n);
                }
                Err(error) if error.kind() == io::ErrorKind::Interrupted => return Err(error),
                Err(error) => {
                    let mut input = match self.member.take() {
                        Some(member) => member.into_inner(),
                        None => return Err(error),
                    };
                    // Search again from just after the failed member's start.
                    input.rewind_member(self.member_input_start);
                    if input.position == self.member_input_start && !input.fill_buf()?.is_empty() {
                        input.consume(1);
                    }
                    self.input = Some(input);
                    let gave_bytes = self.output > self.member_output_start;
                    let report = gave_bytes || !self.resyncing;
                    self.resyncing = true;
                    if report {
                        let damage = DamagedMember {
                            input_offset: self.member_input_start,
                            output_start: self.member_output_start,
                            source: error,
                        };
                        return Err(io::Error::new(io::ErrorKind::InvalidData, damage));
                    }
                }
            }
        }
    }
}

/// Consume input up to the next gzip magic bytes (a lone first byte at the end of the
/// buffer counts: the decoder reads on); `false` when the input ends first.
fn skip_to_magic<R: BufRead>(input: &mut R) -> io::Result<bool> {
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            return Ok(false);
        }
        let found = memchr::memchr_iter(GZIP_MAGIC[0], buffer)
            .find(|&at| buffer.get(at + 1).is_none_or(|&next| next == GZIP_MAGIC[1]));
        match found {
            Some(at) => {
                input.consume(at);
                return Ok(true);
            }
            None => {
                let length = buffer.len();
                input.consume(length);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::GzEncoder;
    use std::io::Write;

    fn member(text: &str) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(text.as_bytes()).unwrap();
        encoder.finish().unwrap()
    }

    /// Everything readable, and the damage met on the way (at which output offset).
    fn read_all(input: &[u8]) -> (String, Vec<u64>) {
        let mut reader = GzMembers::new(input);
        let (mut text, mut damage) = (Vec::new(), Vec::new());
        let mut buf = [0u8; 7];
        loop {
            match reader.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => text.extend_from_slice(&buf[..n]),
                Err(error) => damage.push(damaged_member(&error).expect("a damaged member").output_start),
            }
        }
        (String::from_utf8_lossy(&text).into_owned(), damage)
    }

    #[test]
    fn members_are_read_in_turn() {
        let mut input = member("one ");
        input.extend(member("two "));
        input.extend(member("three"));
        assert_eq!(read_all(&input), ("one two three".to_string(), vec![]));
    }

    #[test]
    fn a_damaged_member_is_reported_and_the_next_ones_are_read() {
        let second = member(&"the second member, long enough to hold deflate blocks. ".repeat(20));
        let mut input = member("one ");
        let damaged_at = input.len();
        input.extend(&second);
        input.extend(member("three"));
        // A flipped byte in the middle of the second member's deflate data, or its checksum.
        for flip in [damaged_at + second.len() / 2, damaged_at + second.len() - 6] {
            let mut damaged = input.clone();
            damaged[flip] ^= 0x55;
            let (text, damage) = read_all(&damaged);
            assert!(text.starts_with("one "), "{text}");
            assert!(text.ends_with("three"), "{text}");
            assert_eq!(damage, [4]);
        }
        // Near miss: a member cut short at the end of the input is damage too.
        let (text, damage) = read_all(&input[..input.len() - 10]);
        assert!(text.starts_with("one the second member"));
        assert_eq!(damage.len(), 1);
    }

    #[test]
    fn bytes_that_are_no_member_are_skipped_after_one_report() {
        let mut input = member("one ");
        input.extend(b"\x1f\x8b junk \x1f\x8b\x08 more junk");
        input.extend(member("two"));
        assert_eq!(read_all(&input), ("one two".to_string(), vec![4]));
    }
}
