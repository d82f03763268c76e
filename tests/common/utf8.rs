//! The terminal emulator of the tests (vt100, over vte 0.15) fed whole
//! characters only. A pseudo-terminal is read in pieces of whatever size
//! the kernel hands over, so a character of two to four bytes (Polish,
//! Russian, Swedish, Japanese, box drawing) may be cut between two reads;
//! vte then drops the character after it, and the screen read back shows
//! a row one cell short, which the program never drew. The bytes of a
//! cut character are held back until the next read completes it.
//!
//! Shared by the tests (`common::pty`) and the terminal benchmark.

/// How many of `bytes` end on a whole character: the rest (at most three
/// bytes, the start of a character that the next read completes) is to be
/// held back. Bytes that are not UTF-8 are passed on as they are.
pub fn whole(bytes: &[u8]) -> usize {
    let len = bytes.len();
    for back in 1..=len.min(3) {
        let byte = bytes[len - back];
        if byte & 0xC0 == 0x80 {
            // A continuation byte: the character starts further back.
            continue;
        }
        let needed = match byte {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return if needed > back { len - back } else { len };
    }
    len
}

/// Bytes read from a terminal, handed to the emulator a whole character
/// at a time.
#[derive(Default)]
pub struct Whole {
    held: Vec<u8>,
}

impl Whole {
    /// Hands `read` to `parser`, after what was held back, holding back a
    /// character cut at its end.
    pub fn feed(&mut self, parser: &mut vt100::Parser, read: &[u8]) {
        self.held.extend_from_slice(read);
        let ready = whole(&self.held);
        parser.process(&self.held[..ready]);
        self.held.drain(..ready);
    }
}
