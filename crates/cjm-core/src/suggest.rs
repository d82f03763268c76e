//! "Did you mean ...?" suggestions for misspelt keys, values and ids.

/// The candidate closest to `word`, when it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| {
            (
                strsim::damerau_levenshtein(&word_lower, &c.to_lowercase()),
                c,
            )
        })
        .filter(|&(distance, c)| {
            let longest = word.chars().count().max(c.chars().count());
            distance <= (longest / 3).max(1)
        })
        .min_by_key(|&(distance, _)| distance)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_typos_but_not_strangers() {
        let keys = ["emotion", "evidence", "owner", "name"];
        assert_eq!(closest("emoton", keys), Some("emotion"));
        assert_eq!(closest("Owner", keys), Some("owner"));
        assert_eq!(closest("evidense", keys), Some("evidence"));
        assert_eq!(closest("colour", keys), None);
    }
}
