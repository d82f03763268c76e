//! What identifies a version of a map file: its length and a hash of its
//! bytes, worked out from the whole bytes at once or from them a piece at a
//! time as a file is read, with the same result however the bytes are cut.
//! The runtime compares the fingerprint of what it loaded or saved with the
//! file's before every save, to notice that somebody else changed the file.

use std::hash::{BuildHasher as _, Hasher as _};

use foldhash::quality::FixedState;

/// What identifies a version of the file: its length and a hash of its bytes.
/// Fingerprints are compared within one run only, never stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        let mut fingerprinter = Fingerprinter::default();
        fingerprinter.push(bytes);
        fingerprinter.finish()
    }
}

/// The bytes are hashed a block of this many at a time, and the blocks'
/// hashes hashed together: what lets a file read in pieces of any length
/// have the fingerprint of its whole bytes.
const BLOCK: usize = 64 * 1024;

/// Any fixed seed: fingerprints only have to agree within one run.
const SEED: u64 = 0x636a_6d2d_6469_736b;

/// Works out a [`Fingerprint`] from bytes given a piece at a time.
pub struct Fingerprinter {
    /// The hashes of the whole blocks so far, hashed together.
    blocks: foldhash::quality::FoldHasher<'static>,
    /// The bytes after the last whole block.
    rest: Vec<u8>,
    len: u64,
}

impl Default for Fingerprinter {
    fn default() -> Self {
        Fingerprinter {
            blocks: STATE.build_hasher(),
            rest: Vec::new(),
            len: 0,
        }
    }
}

/// The hasher of blocks and of their hashes (a fast, non-cryptographic hash
/// that reads 16 bytes a step, a large map's megabytes in a millisecond or
/// two: it only has to notice accidental changes).
static STATE: FixedState = FixedState::with_seed(SEED);

impl Fingerprinter {
    /// The next `bytes` of the file.
    pub fn push(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if !self.rest.is_empty() {
            let wanted = (BLOCK - self.rest.len()).min(bytes.len());
            self.rest.extend_from_slice(&bytes[..wanted]);
            bytes = &bytes[wanted..];
            if self.rest.len() < BLOCK {
                return;
            }
            self.blocks.write_u64(STATE.hash_one(self.rest.as_slice()));
            self.rest.clear();
        }
        let mut blocks = bytes.chunks_exact(BLOCK);
        for block in &mut blocks {
            self.blocks.write_u64(STATE.hash_one(block));
        }
        self.rest.extend_from_slice(blocks.remainder());
    }

    /// The fingerprint of all the bytes given.
    pub fn finish(mut self) -> Fingerprint {
        self.blocks.write_u64(STATE.hash_one(self.rest.as_slice()));
        self.blocks.write_u64(self.len);
        Fingerprint {
            len: self.len,
            hash: self.blocks.finish(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Bytes that are not all alike, so that a block hashed twice or left
    /// out changes the hash.
    fn bytes(len: usize) -> Vec<u8> {
        (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
    }

    #[test]
    fn a_changed_byte_or_length_changes_the_fingerprint() {
        let text = bytes(3 * BLOCK + 17);
        let fingerprint = Fingerprint::of(&text);
        for at in [0, BLOCK - 1, BLOCK, 2 * BLOCK + 5, text.len() - 1] {
            let mut changed = text.clone();
            changed[at] ^= 1;
            assert_ne!(Fingerprint::of(&changed), fingerprint, "byte {at}");
        }
        assert_ne!(Fingerprint::of(&text[..text.len() - 1]), fingerprint);
        assert_ne!(Fingerprint::of(b""), Fingerprint::of(b"\0"));
        // A whole block more of zeros after a text that ends in a whole
        // block: the length tells them apart even if the hashes did not.
        let mut longer = bytes(BLOCK);
        let short = Fingerprint::of(&longer);
        longer.extend(std::iter::repeat_n(0, BLOCK));
        assert_ne!(Fingerprint::of(&longer), short);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// However the bytes are cut into pieces, the fingerprint is that of
        /// the whole.
        #[test]
        fn pieces_have_the_fingerprint_of_the_whole(
            len in 0..(3 * BLOCK + 100),
            cuts in proptest::collection::vec(0..(3 * BLOCK + 100), 0..8),
        ) {
            let text = bytes(len);
            let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(len)).collect();
            cuts.sort_unstable();
            let mut fingerprinter = Fingerprinter::default();
            let mut from = 0;
            for cut in cuts.into_iter().chain([len]) {
                fingerprinter.push(&text[from..cut]);
                from = cut;
            }
            prop_assert_eq!(fingerprinter.finish(), Fingerprint::of(&text));
        }
    }
}
