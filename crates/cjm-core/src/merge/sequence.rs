//! Three-way merging of sequences: the elements of a list field (pain
//! points, links, readings...) and the order of a section's items.

// foldhash, as in the rest of the merge (see `merge/mod.rs`).
use foldhash::{HashMap, HashMapExt as _, HashSet};

/// Lists longer than this (product of lengths) are not aligned element by
/// element; a change on both sides is then a conflict. Real maps stay far below.
const MAX_ALIGNMENT_CELLS: usize = 4_000_000;

/// Merges the changes `ours` and `theirs` made to `base`, element by element.
///
/// The lists are aligned on a longest common subsequence with `base` (as
/// `diff3` does with lines). Between the elements both sides kept, a stretch
/// changed on one side only takes that side; both sides inserting different
/// elements at the same spot keeps ours and then theirs; one side inserting
/// while the other rewrote the stretch keeps both. Only when both sides
/// rewrote or removed the same stretch differently is there a conflict
/// (`None`). An element is never duplicated by the merge.
pub fn merge_lists<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Option<Vec<T>> {
    if ours == base {
        return Some(theirs.to_vec());
    }
    if theirs == base || ours == theirs {
        return Some(ours.to_vec());
    }
    let in_ours = align(base, ours)?;
    let in_theirs = align(base, theirs)?;
    let mut out = Vec::new();
    let (mut b, mut o, mut t) = (0, 0, 0);
    loop {
        let stable = (b..base.len()).find_map(|k| match (in_ours[k], in_theirs[k]) {
            (Some(ko), Some(kt)) => Some((k, ko, kt)),
            _ => None,
        });
        let (kb, ko, kt) = stable.unwrap_or((base.len(), ours.len(), theirs.len()));
        out.extend(merge_stretch(&base[b..kb], &ours[o..ko], &theirs[t..kt])?);
        if stable.is_none() {
            break;
        }
        out.push(base[kb].clone());
        (b, o, t) = (kb + 1, ko + 1, kt + 1);
    }
    Some(without_new_duplicates(out, ours, theirs))
}

/// One stretch between elements both sides kept.
fn merge_stretch<T: PartialEq + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Option<Vec<T>> {
    if ours == base {
        Some(theirs.to_vec())
    } else if theirs == base || ours == theirs {
        Some(ours.to_vec())
    } else if is_subsequence(base, theirs) {
        // Theirs only inserted here: keep our rewrite and add their new elements.
        let mut out = ours.to_vec();
        out.extend(
            theirs
                .iter()
                .filter(|e| !base.contains(e) && !ours.contains(e))
                .cloned(),
        );
        Some(out)
    } else if is_subsequence(base, ours) {
        // Ours only inserted here: their rewrite, then our new elements.
        let mut out = theirs.to_vec();
        out.extend(
            ours.iter()
                .filter(|e| !base.contains(e) && !theirs.contains(e))
                .cloned(),
        );
        Some(out)
    } else {
        None
    }
}

fn is_subsequence<T: PartialEq>(short: &[T], long: &[T]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|e| rest.any(|x| x == e))
}

/// Drops later copies of an element beyond the number of times either side has it.
fn without_new_duplicates<T: PartialEq + Clone>(
    merged: Vec<T>,
    ours: &[T],
    theirs: &[T],
) -> Vec<T> {
    let count = |list: &[T], e: &T| list.iter().filter(|x| *x == e).count();
    let mut out: Vec<T> = Vec::with_capacity(merged.len());
    for e in merged {
        let allowed = count(ours, &e).max(count(theirs, &e)).max(1);
        if count(&out, &e) < allowed {
            out.push(e);
        }
    }
    out
}

/// For each element of `base`, its position in `other` on a longest common
/// subsequence, or `None` where it is not kept. `None` overall when the
/// lists are too long to align.
pub(crate) fn align<T: PartialEq>(base: &[T], other: &[T]) -> Option<Vec<Option<usize>>> {
    let (n, m) = (base.len(), other.len());
    if n.saturating_mul(m) > MAX_ALIGNMENT_CELLS {
        return None;
    }
    // lcs[i * (m + 1) + j]: length of the LCS of base[i..] and other[j..].
    let width = m + 1;
    let mut lcs = vec![0u32; (n + 1) * width];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i * width + j] = if base[i] == other[j] {
                lcs[(i + 1) * width + j + 1] + 1
            } else {
                lcs[(i + 1) * width + j].max(lcs[i * width + j + 1])
            };
        }
    }
    let mut out = vec![None; n];
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if base[i] == other[j] {
            out[i] = Some(j);
            i += 1;
            j += 1;
        } else if lcs[(i + 1) * width + j] >= lcs[i * width + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    Some(out)
}

/// Lists longer than this are not merged pair by pair (see [`merge_order`]);
/// both sides reordering one is then an order conflict.
const MAX_ORDERED_ITEMS: usize = 5_000;

/// The merged order of a section's items, by key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Order {
    /// The keys in merged order.
    pub keys: Vec<String>,
    /// When both sides reordered the items they share in ways that do not
    /// combine: our order and their order of those items. `keys` then
    /// follows ours.
    pub conflict: Option<(Vec<String>, Vec<String>)>,
}

/// The order of a merged section's items, by key.
///
/// The items all three versions have are ordered pair by pair: for each
/// two of them, the side that changed their relative order decides, and
/// where neither did the base order stays. So independent reorders on both
/// sides combine (ours swaps the first two stages, theirs the last two:
/// both swaps are kept). When those decisions contradict each other (ours
/// moved an item up, theirs moved it down), the result keeps our order and
/// reports both orders in [`Order::conflict`].
///
/// Items only one side has (added, or deleted on the other side but kept)
/// are then placed after their predecessor on that side (our additions
/// before theirs at the same spot), or first when they come first there.
/// Only keys for which `kept` is true appear.
pub fn merge_order<'a>(
    base: &[&'a str],
    ours: &[&'a str],
    theirs: &[&'a str],
    kept: impl Fn(&str) -> bool,
) -> Order {
    fn set<'k>(keys: &[&'k str]) -> HashSet<&'k str> {
        keys.iter().copied().collect()
    }
    let (in_base, in_ours, in_theirs) = (set(base), set(ours), set(theirs));
    let shared = |keys: &[&'a str]| -> Vec<&'a str> {
        keys.iter()
            .copied()
            .filter(|k| in_base.contains(k) && in_ours.contains(k) && in_theirs.contains(k))
            .filter(|k| kept(k))
            .collect()
    };
    let (sb, so, st) = (shared(base), shared(ours), shared(theirs));
    let (order, conflict) = if so == sb {
        (st, None)
    } else if st == sb || so == st {
        (so, None)
    } else {
        match combine_orders(&sb, &so, &st) {
            Some(order) => (order, None),
            None => {
                let owned = |keys: &[&str]| keys.iter().map(|k| (*k).to_owned()).collect();
                let conflict = (owned(&so), owned(&st));
                (so, Some(conflict))
            }
        }
    };
    Order {
        keys: place_one_sided(&order, ours, theirs, &kept),
        conflict,
    }
}

/// Places the items only one side has among the merged shared `order`
/// (see [`merge_order`]): each after its nearest kept predecessor on its
/// side, past the other side's own additions at that spot.
///
/// Written as a linked list over the items rather than inserts into a
/// `Vec`: an insert and a search of the merged list per added item grew with
/// additions × items. Here the
/// predecessor is carried along while walking the side, so the whole
/// placement is one pass over each side.
fn place_one_sided(
    order: &[&str],
    ours: &[&str],
    theirs: &[&str],
    kept: &impl Fn(&str) -> bool,
) -> Vec<String> {
    const END: usize = usize::MAX;
    // Node 0 is the head; node `i + 1` holds `keys[i]`.
    let mut keys: Vec<&str> = Vec::with_capacity(ours.len() + theirs.len());
    let mut next: Vec<usize> = Vec::with_capacity(keys.capacity() + 1);
    next.push(END);
    let mut node_of: HashMap<&str, usize> = HashMap::with_capacity(keys.capacity());
    let mut tail = 0;
    for key in order {
        keys.push(key);
        next.push(END);
        next[tail] = keys.len();
        tail = keys.len();
        node_of.entry(key).or_insert(tail);
    }
    for side in [ours, theirs] {
        let on_side: HashSet<&str> = side.iter().copied().collect();
        // The nearest kept key before the current one on this side (all of
        // them are placed by then), or the head.
        let mut anchor = 0;
        for key in side {
            if !kept(key) {
                continue;
            }
            if let Some(&node) = node_of.get(key) {
                anchor = node;
                continue;
            }
            let mut after = anchor;
            // The other side's own additions at that spot stay first.
            while next[after] != END && !on_side.contains(keys[next[after] - 1]) {
                after = next[after];
            }
            keys.push(key);
            let node = keys.len();
            next.push(next[after]);
            next[after] = node;
            node_of.insert(key, node);
            anchor = node;
        }
    }
    let mut out = Vec::with_capacity(keys.len());
    let mut at = next[0];
    while at != END {
        out.push(keys[at - 1].to_owned());
        at = next[at];
    }
    out
}

/// The one order of the same items in which every pair is ordered as the
/// side that changed it has it (as the base has it where neither did);
/// `None` when no such order exists (the sides' moves contradict).
fn combine_orders<'k>(
    base: &[&'k str],
    ours: &[&'k str],
    theirs: &[&'k str],
) -> Option<Vec<&'k str>> {
    let n = base.len();
    if n > MAX_ORDERED_ITEMS || ours.len() != n || theirs.len() != n {
        return None;
    }
    // Items are numbered by their base position; `po[i]` and `pt[i]` are
    // the positions of item `i` on each side.
    let number: HashMap<&str, usize> = base.iter().enumerate().map(|(i, k)| (*k, i)).collect();
    let positions = |keys: &[&str]| -> Option<Vec<usize>> {
        let mut at = vec![usize::MAX; n];
        for (p, k) in keys.iter().enumerate() {
            *at.get_mut(*number.get(k)?)? = p;
        }
        Some(at)
    };
    let (po, pt) = (positions(ours)?, positions(theirs)?);
    let order = combine_positions(&po, &pt)?;
    Some(order.into_iter().map(|i| base[i]).collect())
}

/// The heart of [`combine_orders`]: items `0..n` in base order, `po[i]` and
/// `pt[i]` their positions on each side. The merged order as item numbers.
///
/// Item `a` goes before a later item `b` (`a < b`) exactly when both sides
/// keep `a` before `b`; before an earlier item when either side moved it
/// there. The choices form an order exactly when the number of items each
/// one goes before is n-1, n-2, ..., 0 in some order, and that order is
/// then the merged one. Those numbers are counted with [`dominance`] in
/// n log² n rather than by comparing every pair.
fn combine_positions(po: &[usize], pt: &[usize]) -> Option<Vec<usize>> {
    let n = po.len();
    let once = |positions: &[usize]| {
        let mut seen = vec![false; n];
        positions
            .iter()
            .all(|&p| p < n && !std::mem::replace(&mut seen[p], true))
    };
    if !once(po) || !once(pt) {
        return combine_positions_by_pairs(po, pt);
    }
    let (after, before) = dominance(po, pt);
    // Item a goes before: the later items both sides keep after it, and
    // the earlier items that are not before it on both sides.
    let ranked: Vec<(usize, usize)> = (0..n).map(|a| (after[a] + a - before[a], a)).collect();
    order_by_wins(ranked)
}

/// The items by how many others each goes before (`(wins, item)`), most
/// first; `None` unless the wins are n-1, n-2, … 0, i.e. the pairwise
/// decisions make one consistent order.
fn order_by_wins(mut ranked: Vec<(usize, usize)>) -> Option<Vec<usize>> {
    let n = ranked.len();
    ranked.sort_by_key(|(wins, _)| std::cmp::Reverse(*wins));
    let consistent = ranked
        .iter()
        .enumerate()
        .all(|(i, (wins, _))| *wins == n - 1 - i);
    consistent.then(|| ranked.into_iter().map(|(_, i)| i).collect())
}

/// [`combine_positions`] by comparing every pair: for sides that name an
/// item twice (no map that loads does), where the counting needs each
/// position once.
fn combine_positions_by_pairs(po: &[usize], pt: &[usize]) -> Option<Vec<usize>> {
    let n = po.len();
    let ranked: Vec<(usize, usize)> = (0..n)
        .map(|a| {
            let wins = (0..n)
                .filter(|&b| {
                    if a == b {
                        return false;
                    }
                    let in_ours = po[a] < po[b];
                    if in_ours != (a < b) {
                        in_ours
                    } else {
                        pt[a] < pt[b]
                    }
                })
                .count();
            (wins, a)
        })
        .collect();
    order_by_wins(ranked)
}

/// For each item `a`: how many later items (`b > a`) are after it on both
/// sides, and how many earlier items (`b < a`) are before it on both sides.
///
/// Written by hand (divide and conquer over the item numbers, a sweep by
/// position on ours and a Fenwick tree over positions on theirs) because
/// comparing every pair grows with the square of the items (25 million
/// comparisons for 5,000).
fn dominance(po: &[usize], pt: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let n = po.len();
    let mut after = vec![0; n];
    let mut before = vec![0; n];
    let mut tree = Fenwick::new(n);
    let mut items: Vec<usize> = (0..n).collect();
    split(&mut items, po, pt, &mut tree, &mut after, &mut before);
    (after, before)
}

/// Counts the pairs across the two halves of `items` (item numbers in
/// increasing order, sorted by `po` on return), after counting within each.
fn split(
    items: &mut [usize],
    po: &[usize],
    pt: &[usize],
    tree: &mut Fenwick,
    after: &mut [usize],
    before: &mut [usize],
) {
    if items.len() < 2 {
        return;
    }
    let mid = items.len() / 2;
    let (left, right) = items.split_at_mut(mid);
    split(left, po, pt, tree, after, before);
    split(right, po, pt, tree, after, before);
    // Every item of `left` is earlier than every item of `right`; both
    // halves are sorted by their position on ours now.
    let mut l = 0;
    for &b in right.iter() {
        while l < left.len() && po[left[l]] < po[b] {
            tree.add(pt[left[l]], 1);
            l += 1;
        }
        before[b] += tree.below(pt[b]);
    }
    for &a in &left[..l] {
        tree.add(pt[a], -1);
    }
    let mut r = right.len();
    for &a in left.iter().rev() {
        while r > 0 && po[right[r - 1]] > po[a] {
            r -= 1;
            tree.add(pt[right[r]], 1);
        }
        after[a] += tree.total - tree.below(pt[a] + 1);
    }
    for &b in &right[r..] {
        tree.add(pt[b], -1);
    }
    items.sort_unstable_by_key(|&i| po[i]);
}

/// Counts of positions, for [`split`]: how many were added below a position.
struct Fenwick {
    counts: Vec<isize>,
    total: usize,
}

impl Fenwick {
    fn new(n: usize) -> Self {
        Fenwick {
            counts: vec![0; n + 1],
            total: 0,
        }
    }

    fn add(&mut self, position: usize, delta: isize) {
        self.total = self.total.saturating_add_signed(delta);
        let mut i = position + 1;
        while i < self.counts.len() {
            self.counts[i] += delta;
            i += i & i.wrapping_neg();
        }
    }

    /// How many positions added are less than `position`.
    fn below(&self, position: usize) -> usize {
        let mut sum = 0isize;
        let mut i = position.min(self.counts.len() - 1);
        while i > 0 {
            sum += self.counts[i];
            i -= i & i.wrapping_neg();
        }
        usize::try_from(sum).unwrap_or(0)
    }
}

/// When `ours` and `theirs` only reorder the distinct elements of `base`
/// (no element added, removed or repeated): `Some` of the pairwise merge
/// of both orders (see [`merge_order`]), itself `None` when the reorders
/// contradict each other. `None` for lists that are not such reorders.
pub fn merge_reorders<T: PartialEq + Clone>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
) -> Option<Option<Vec<T>>> {
    let n = base.len();
    if n > MAX_ORDERED_ITEMS || ours.len() != n || theirs.len() != n {
        return None;
    }
    let distinct = (0..n).all(|i| !base[..i].contains(&base[i]));
    if !distinct {
        return None;
    }
    let positions = |side: &[T]| -> Option<Vec<usize>> {
        let mut at = vec![usize::MAX; n];
        for (p, e) in side.iter().enumerate() {
            let i = base.iter().position(|b| b == e)?;
            if at[i] != usize::MAX {
                return None;
            }
            at[i] = p;
        }
        Some(at)
    };
    let (po, pt) = (positions(ours)?, positions(theirs)?);
    Some(
        combine_positions(&po, &pt)
            .map(|order| order.into_iter().map(|i| base[i].clone()).collect()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merge(base: &[&str], ours: &[&str], theirs: &[&str]) -> Option<Vec<String>> {
        merge_lists(base, ours, theirs).map(|v| v.into_iter().map(str::to_owned).collect())
    }

    #[test]
    fn one_sided_and_identical_changes_merge() {
        assert_eq!(
            merge(&["a"], &["a", "b"], &["a"]),
            Some(vec!["a".into(), "b".into()])
        );
        assert_eq!(
            merge(&["a", "b"], &["a", "b"], &["b"]),
            Some(vec!["b".into()])
        );
        assert_eq!(merge(&["a"], &["x"], &["x"]), Some(vec!["x".into()]));
    }

    #[test]
    fn both_adding_keeps_both_in_order() {
        assert_eq!(
            merge(&["a", "b"], &["a", "o", "b"], &["a", "b", "t"]),
            Some(vec!["a".into(), "o".into(), "b".into(), "t".into()])
        );
        assert_eq!(
            merge(&["a"], &["a", "o"], &["a", "t"]),
            Some(vec!["a".into(), "o".into(), "t".into()])
        );
        assert_eq!(
            merge(&["a"], &["a", "same"], &["a", "same", "t"]),
            Some(vec!["a".into(), "same".into(), "t".into()])
        );
    }

    #[test]
    fn rewriting_beside_an_insertion_merges() {
        assert_eq!(
            merge(&["x"], &["x1"], &["x", "y"]),
            Some(vec!["x1".into(), "y".into()])
        );
        assert_eq!(merge(&["x"], &[], &["x", "y"]), Some(vec!["y".into()]));
        assert_eq!(
            merge(&["a", "x"], &["a", "x", "y"], &["a", "x2"]),
            Some(vec!["a".into(), "x2".into(), "y".into()])
        );
    }

    #[test]
    fn rewriting_the_same_element_differently_conflicts() {
        assert_eq!(merge(&["x"], &["x1"], &["x2"]), None);
        assert_eq!(merge(&["x", "y"], &["x1", "y"], &["y"]), None);
    }

    #[test]
    fn order_follows_the_side_that_reordered() {
        let all = |_: &str| true;
        let order = |b: &[&str], o: &[&str], t: &[&str]| merge_order(b, o, t, all).keys;
        assert_eq!(
            order(&["a", "b", "c"], &["a", "b", "c"], &["c", "a", "b"]),
            ["c", "a", "b"]
        );
        assert_eq!(
            order(&["a", "b"], &["a", "o", "b"], &["t1", "a", "b", "t2", "t3"]),
            ["t1", "a", "o", "b", "t2", "t3"]
        );
        assert_eq!(
            merge_order(&["a", "b"], &["a", "b"], &["b"], |k| k != "a").keys,
            ["b"]
        );
        // Both added after the same item: ours first.
        assert_eq!(
            order(&["a", "b"], &["a", "o", "b"], &["a", "t", "b"]),
            ["a", "o", "t", "b"]
        );
    }

    #[test]
    fn independent_reorders_on_both_sides_combine() {
        let all = |_: &str| true;
        let merged = merge_order(
            &["a", "b", "c", "d"],
            &["b", "a", "c", "d"],
            &["a", "b", "d", "c"],
            all,
        );
        assert_eq!(merged.keys, ["b", "a", "d", "c"]);
        assert_eq!(merged.conflict, None);
        // Ours moved `a` after `b`, theirs moved `c` first: every pair is
        // decided by the side that changed it.
        let merged = merge_order(
            &["a", "b", "c"],
            &["b", "a", "c", "o"],
            &["c", "a", "b"],
            all,
        );
        assert_eq!(merged.keys, ["c", "o", "b", "a"]);
        assert_eq!(merged.conflict, None);
    }

    #[test]
    fn contradicting_moves_keep_ours_and_report_both() {
        let all = |_: &str| true;
        // Ours moved `b` first, theirs moved it last.
        let merged = merge_order(&["a", "b", "c"], &["b", "a", "c"], &["a", "c", "b"], all);
        assert_eq!(merged.keys, ["b", "a", "c"]);
        let strings = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            merged.conflict,
            Some((strings(&["b", "a", "c"]), strings(&["a", "c", "b"])))
        );
    }

    /// Positions on one side: a shuffle of `0..n`.
    fn positions(n: usize) -> impl proptest::strategy::Strategy<Value = Vec<usize>> {
        proptest::strategy::Just((0..n).collect::<Vec<usize>>()).prop_shuffle()
    }

    /// Two sides' positions of `0..n`, often only a few moves from the base.
    fn two_sides() -> impl proptest::strategy::Strategy<Value = (Vec<usize>, Vec<usize>)> {
        (0..40usize, proptest::bool::ANY).prop_flat_map(|(n, near)| {
            let side = move || {
                if near {
                    // One item moved: most pairs keep the base order.
                    (0..n.max(1), 0..n.max(1))
                        .prop_map(move |(from, to)| {
                            let mut order: Vec<usize> = (0..n).collect();
                            if n > 0 {
                                let item = order.remove(from);
                                order.insert(to, item);
                            }
                            let mut at = vec![0; n];
                            for (p, i) in order.into_iter().enumerate() {
                                at[i] = p;
                            }
                            at
                        })
                        .boxed()
                } else {
                    positions(n).boxed()
                }
            };
            (side(), side())
        })
    }

    /// The placement as it was written before [`place_one_sided`]: a
    /// search of the merged list and an insert per added item.
    fn place_one_sided_by_inserts(
        order: &[&str],
        ours: &[&str],
        theirs: &[&str],
        kept: impl Fn(&str) -> bool,
    ) -> Vec<String> {
        let mut out: Vec<String> = order.iter().map(|k| (*k).to_owned()).collect();
        let mut placed: HashSet<String> = out.iter().cloned().collect();
        for side in [ours, theirs] {
            let on_side: HashSet<&str> = side.iter().copied().collect();
            for (at, key) in side.iter().enumerate() {
                if placed.contains(*key) || !kept(key) {
                    continue;
                }
                let mut position = side[..at]
                    .iter()
                    .rev()
                    .find_map(|before| out.iter().position(|k| k == before))
                    .map_or(0, |p| p + 1);
                while position < out.len() && !on_side.contains(out[position].as_str()) {
                    position += 1;
                }
                out.insert(position, (*key).to_owned());
                placed.insert((*key).to_owned());
            }
        }
        out
    }

    /// Distinct keys from a small alphabet, so the sides share many.
    fn keys() -> impl proptest::strategy::Strategy<Value = Vec<&'static str>> {
        const ALPHABET: [&str; 12] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];
        proptest::sample::subsequence(ALPHABET.to_vec(), 0..=ALPHABET.len()).prop_shuffle()
    }

    use proptest::strategy::Strategy as _;

    proptest::proptest! {
        #[test]
        fn counted_order_matches_the_pairs((po, pt) in two_sides()) {
            proptest::prop_assert_eq!(
                combine_positions(&po, &pt),
                combine_positions_by_pairs(&po, &pt)
            );
        }

        #[test]
        fn linked_placement_matches_the_inserts(
            base in keys(),
            ours in keys(),
            theirs in keys(),
            dropped in keys(),
        ) {
            let kept = |k: &str| dropped.first().is_none_or(|d| *d != k);
            let merged = merge_order(&base, &ours, &theirs, kept);
            let order: Vec<&str> = merged
                .keys
                .iter()
                .map(String::as_str)
                .filter(|k| {
                    base.contains(k) && ours.contains(k) && theirs.contains(k)
                })
                .collect();
            proptest::prop_assert_eq!(
                merged.keys.clone(),
                place_one_sided_by_inserts(&order, &ours, &theirs, kept)
            );
        }
    }

    #[test]
    fn reorders_of_a_list_merge_pair_by_pair() {
        let base = ["a", "b", "c", "d"];
        assert_eq!(
            merge_reorders(&base, &["b", "a", "c", "d"], &["a", "b", "d", "c"]),
            Some(Some(vec!["b", "a", "d", "c"]))
        );
        assert_eq!(
            merge_reorders(&base, &["b", "a", "c", "d"], &["a", "c", "b", "d"]),
            Some(None),
            "ours moved b up, theirs moved it down"
        );
        assert_eq!(
            merge_reorders(&base, &["a", "b", "c"], &["a", "b", "d", "c"]),
            None,
            "not a reorder"
        );
        assert_eq!(merge_reorders(&["a", "a"], &["a", "a"], &["a", "a"]), None);
    }
}
