//! Where the items and fields of a map were found in its source text
//! ([`SourceMap`]): recorded while reading, so that findings about the map
//! can name their lines.

use std::ops::Range;

use crate::format::{LineIndex, Position};
use crate::model::{Location, Section};

/// Where the items and fields of a map were found in its source text: the
/// byte ranges recorded while reading, by model location.
///
/// A large map records hundreds of thousands of locations (a 10,000
/// touchpoint map about 200,000), so this is a compact list rather than a
/// hash table: one list per section, 16 bytes a location (the field's name
/// is kept once, in a table, and a record holds its place there), in the
/// order the items were read (sorted by item once reading ends), found
/// through a table of where each item's records begin and a scan of its few
/// fields (a binary search of the list cost 5 % of `cjm check`, a cache
/// miss at nearly every step). A hash table of [`Location`]s took three
/// times the memory (19 MB at 10,000 touchpoints, three times the file) and
/// a seventh of `cjm check`'s time in hashing; records of 32 bytes, with
/// the field's name in each, took 61 MB of the 351 MB `cjm check` needed at
/// 100,000 touchpoints.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    /// By [`slot`] of the section: its recorded locations.
    sections: [Vec<Recorded>; SECTION_COUNT],
    /// By [`slot`], once reading ends: where each item's records begin in
    /// the section's list (item `i`'s are `firsts[i]..firsts[i + 1]`).
    firsts: [Vec<u32>; SECTION_COUNT],
    /// The names of the recorded fields.
    fields: Fields,
}

/// Two maps are equal when they record the same ranges for the same
/// locations, whatever places their field names have in their tables.
impl PartialEq for SourceMap {
    fn eq(&self, other: &Self) -> bool {
        let same = |a: &Recorded, b: &Recorded| {
            (a.index, a.element(), a.start, a.end) == (b.index, b.element(), b.start, b.end)
                && self.fields.name(a.field()) == other.fields.name(b.field())
        };
        self.firsts == other.firsts
            && self
                .sections
                .iter()
                .zip(&other.sections)
                .all(|(a, b)| a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b)))
    }
}

impl Eq for SourceMap {}

/// How many [`Section`]s there are (the length of [`SourceMap::sections`]).
pub(super) const SECTION_COUNT: usize = 9;

/// The place of a section's list in [`SourceMap::sections`].
pub(super) fn slot(section: Section) -> usize {
    match section {
        Section::Root => 0,
        Section::Goal => 1,
        Section::Personas => 2,
        Section::Departments => 3,
        Section::Team => 4,
        Section::Stages => 5,
        Section::Touchpoints => 6,
        Section::Opportunities => 7,
        Section::Metrics => 8,
    }
}

/// `index` absent (`None` in the [`Location`]).
const ABSENT: u32 = u32::MAX;

/// How many bits of [`Recorded::at`] number the element.
const ELEMENT_BITS: u32 = 24;

/// `element` absent (`None` in the [`Location`]); also the most elements a
/// list can have with a position of their own.
const NO_ELEMENT: u32 = (1 << ELEMENT_BITS) - 1;

/// `field` absent (`None` in the [`Location`]); also the most field names
/// a map's records can name (the schema has far fewer).
const NO_FIELD: u8 = u8::MAX;

/// One recorded location of a section and its byte range, in 16 bytes.
/// What does not fit is not recorded, and the enclosing location stands
/// for it: a file over 4 GiB, an element numbered beyond 16 million.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Recorded {
    index: u32,
    start: u32,
    end: u32,
    /// The field's place in [`Fields`] (or [`NO_FIELD`]) in the top 8
    /// bits, the element's number in its list (or [`NO_ELEMENT`]) below.
    at: u32,
}

const _: () = assert!(size_of::<Recorded>() == 16);

impl Recorded {
    fn new(index: u32, field: u8, element: u32, span: Range<u32>) -> Self {
        debug_assert!(element <= NO_ELEMENT, "element {element} does not fit");
        Recorded {
            index,
            start: span.start,
            end: span.end,
            at: u32::from(field) << ELEMENT_BITS | element,
        }
    }

    fn field(&self) -> u8 {
        // The top 8 bits of 32: no information is lost.
        (self.at >> ELEMENT_BITS) as u8
    }

    fn element(&self) -> u32 {
        self.at & NO_ELEMENT
    }
}

/// The names of the fields a [`SourceMap`] recorded, each once.
#[derive(Clone, Debug, Default)]
struct Fields {
    names: Vec<&'static str>,
    /// Recently seen names by where their text is in memory, and their
    /// places: the reader passes the same few `&'static str`s again and
    /// again, so a name is nearly always found by its address alone.
    recent: [(usize, usize, u8); 32],
}

impl Fields {
    /// The place of `name` (or [`NO_FIELD`] for `None`), added when new;
    /// `None` when the table is full.
    fn place(&mut self, name: Option<&'static str>) -> Option<u8> {
        let Some(name) = name else {
            return Some(NO_FIELD);
        };
        let address = name.as_ptr() as usize;
        let slot = (address >> 3 ^ address >> 8) % self.recent.len();
        let (seen, len, place) = self.recent[slot];
        if seen == address && len == name.len() {
            return Some(place);
        }
        let place = match self.find(Some(name)) {
            Some(place) => place,
            None => {
                let place = u8::try_from(self.names.len())
                    .ok()
                    .filter(|place| *place != NO_FIELD)?;
                self.names.push(name);
                place
            }
        };
        self.recent[slot] = (address, name.len(), place);
        Some(place)
    }

    /// The place of `name` (or [`NO_FIELD`] for `None`); `None` when no
    /// record names it.
    fn find(&self, name: Option<&str>) -> Option<u8> {
        match name {
            None => Some(NO_FIELD),
            Some(name) => self
                .names
                .iter()
                .position(|n| *n == name)
                .and_then(|at| u8::try_from(at).ok()),
        }
    }

    /// For each place of `other`'s table (another map's), the place of its
    /// name in this one, added when new (`None` when the table is full).
    fn places_of(&mut self, other: &Fields) -> Vec<Option<u8>> {
        other
            .names
            .iter()
            .map(|name| self.place(Some(name)))
            .collect()
    }

    /// The name at `place` (`None` for [`NO_FIELD`]).
    fn name(&self, place: u8) -> Option<&'static str> {
        self.names.get(usize::from(place)).copied()
    }
}

impl SourceMap {
    /// The byte range of `location`, or of the nearest enclosing location
    /// that was recorded: a field missing from the file falls back to its
    /// item's `[[section]]` header. `None` for whole sections and for
    /// top-level fields that are not in the file.
    pub fn span(&self, location: Location) -> Option<Range<usize>> {
        let mut at = Some(location);
        while let Some(loc) = at {
            if let Some(span) = self.get(loc) {
                return Some(span);
            }
            at = loc.parent();
        }
        None
    }

    /// The line and column of `location` in `source`, the text the map was read from.
    pub fn position(&self, source: &str, location: Location) -> Option<Position> {
        self.span(location)
            .map(|span| Position::of(source, span.start))
    }

    /// The line of each recorded location instead of its byte range, so
    /// that `source` need not be kept to name lines.
    pub fn into_lines(mut self, source: &str) -> SourceLines {
        self.count_lines(source);
        self.counted()
    }

    /// Puts the line of each recorded location (1-based, in `source`) in
    /// place of its byte range: [`SourceMap::into_lines`] without the
    /// change of type, for the parts of a text read one by one, whose
    /// lines are then moved by [`SourceMap::append`] to where each part
    /// starts.
    pub(super) fn count_lines(&mut self, source: &str) {
        /// How far ahead the next record may be for the lines to be counted
        /// from the last one rather than looked up.
        const COUNT_WITHIN: usize = 4096;
        let index = LineIndex::new(source);
        let bytes = source.as_bytes();
        for list in &mut self.sections {
            // Records mostly come in file order: the lines between one and
            // the next are counted, so the text is read about once.
            let (mut at, mut line) = (usize::MAX, 0);
            for r in list.iter_mut() {
                let start = (r.start as usize).min(source.len());
                match bytes.get(at..start) {
                    Some(between) if between.len() <= COUNT_WITHIN => {
                        line += memchr::memchr_iter(b'\n', between).count();
                    }
                    _ => line = index.line(source, start),
                }
                at = start;
                let line = u32::try_from(line).unwrap_or(u32::MAX);
                (r.start, r.end) = (line, line);
            }
        }
    }

    /// These records as lines, once [`SourceMap::count_lines`] has made
    /// them lines: ordered by item, each kept in 8 bytes rather than 16
    /// (its item is where it is in the list, its line its range), for the
    /// rest of a command that names lines.
    pub(super) fn counted(mut self) -> SourceLines {
        self.finish();
        let mut sections: [Lines; SECTION_COUNT] = Default::default();
        for ((list, firsts), lines) in self
            .sections
            .into_iter()
            .zip(self.firsts)
            .zip(&mut sections)
        {
            // The items' records, then the section's own (`ABSENT` sorts
            // last); all kept whole when the list is too long to number.
            let Some(&end) = firsts.last() else {
                lines.rest = list;
                continue;
            };
            let end = (end as usize).min(list.len());
            lines.items = list[..end].iter().map(|r| (r.at, r.start)).collect();
            lines.rest = list[end..].to_vec();
            lines.firsts = firsts;
        }
        SourceLines {
            sections,
            fields: self.fields,
        }
    }

    /// The range recorded for exactly `location` (the last one, when it was
    /// recorded twice).
    fn get(&self, location: Location) -> Option<Range<usize>> {
        let slot = slot(location.section);
        let list = self.sections.get(slot)?;
        let index = compact(location.index)?;
        let at = u32::from(self.fields.find(location.field)?) << ELEMENT_BITS
            | compact_element(location.element)?;
        let item = index as usize;
        let (first, end) = match self.firsts[slot].get(item..item.saturating_add(2)) {
            Some(&[first, end]) => (first as usize, end as usize),
            // Before `finish`, or no item (`ABSENT`, a section's own records).
            _ => {
                let first = list.partition_point(|r| r.index < index);
                (
                    first,
                    first + list[first..].partition_point(|r| r.index == index),
                )
            }
        };
        list.get(first..end)?
            .iter()
            .rev()
            .find(|r| r.at == at)
            .map(|r| r.start as usize..r.end as usize)
    }

    /// Records the range of `location`. A location or range beyond what a
    /// [`Recorded`] holds is not recorded: its enclosing location then
    /// stands for it.
    pub(super) fn insert(&mut self, location: Location, span: Range<usize>) {
        let (Some(index), Some(element), Ok(start), Ok(end)) = (
            compact(location.index),
            compact_element(location.element),
            u32::try_from(span.start),
            u32::try_from(span.end),
        ) else {
            return;
        };
        let Some(field) = self.fields.place(location.field) else {
            return;
        };
        if let Some(list) = self.sections.get_mut(slot(location.section)) {
            list.push(Recorded::new(index, field, element, start..end));
        }
    }

    /// Appends the positions `other` recorded for a part of the text that
    /// starts at byte `start`, whose first item of each section (by
    /// [`slot`]) is item `first[slot]` of the whole. (Of records made
    /// lines by [`SourceMap::count_lines`], `start` is the number of lines
    /// before the part.)
    pub(super) fn append(
        &mut self,
        other: SourceMap,
        start: usize,
        first: &[usize; SECTION_COUNT],
    ) {
        let Ok(start) = u32::try_from(start) else {
            return;
        };
        let places = self.fields.places_of(&other.fields);
        for ((list, more), first) in self.sections.iter_mut().zip(other.sections).zip(first) {
            let Ok(first) = u32::try_from(*first) else {
                continue;
            };
            // The lists are long: growing by doubling would leave up to
            // half of the room unused, on top of the copy.
            list.reserve_exact(more.len());
            list.extend(more.into_iter().filter_map(|r| {
                let index = match r.index {
                    ABSENT => ABSENT,
                    index => index.checked_add(first).filter(|i| *i != ABSENT)?,
                };
                let field = match r.field() {
                    NO_FIELD => NO_FIELD,
                    place => (*places.get(usize::from(place))?)?,
                };
                let span = r.start.checked_add(start)?..r.end.checked_add(start)?;
                Some(Recorded::new(index, field, r.element(), span))
            }));
        }
    }

    /// Puts the records of `first`, for the part of the text before these
    /// (with `before[slot]` items of each section), before these records,
    /// whose items are numbered from that part's end: [`SourceMap::append`]
    /// the other way round. The first part's few records are copied in and
    /// these moved along within their list, which grows in place, where
    /// appending these to `first`'s list would need a second list as long
    /// while they are copied.
    pub(super) fn prepend(&mut self, first: SourceMap, before: &[usize; SECTION_COUNT]) {
        let places = self.fields.places_of(&first.fields);
        for ((list, firsts), before) in self.sections.iter_mut().zip(first.sections).zip(before) {
            let Ok(before) = u32::try_from(*before) else {
                continue;
            };
            list.retain_mut(|r| {
                if r.index == ABSENT {
                    return true;
                }
                match r.index.checked_add(before).filter(|i| *i != ABSENT) {
                    Some(index) => {
                        r.index = index;
                        true
                    }
                    None => false,
                }
            });
            let firsts = firsts.into_iter().filter_map(|r| {
                let field = match r.field() {
                    NO_FIELD => NO_FIELD,
                    place => (*places.get(usize::from(place))?)?,
                };
                Some(Recorded::new(r.index, field, r.element(), r.start..r.end))
            });
            list.splice(0..0, firsts);
        }
    }

    /// Orders each section's locations by item, for [`SourceMap::get`]
    /// (items come in file order, so this only sorts when a section's
    /// tables are split up in the file), and gives back unused room.
    pub(super) fn finish(&mut self) {
        for (list, firsts) in self.sections.iter_mut().zip(&mut self.firsts) {
            if !list.is_sorted_by_key(|r| r.index) {
                // Stable: of two records of one location the later still wins.
                list.sort_by_key(|r| r.index);
            }
            list.shrink_to_fit();
            *firsts = item_starts(list);
        }
    }
}

/// The line of each item and field of a map in the file it was read from
/// ([`SourceMap::into_lines`]), by section: what a [`SourceMap`] records,
/// in half the memory.
#[derive(Clone, Debug, Default)]
pub struct SourceLines {
    /// By [`slot`] of the section.
    sections: [Lines; SECTION_COUNT],
    /// The names of the recorded fields.
    fields: Fields,
}

/// The lines of a section's locations.
#[derive(Clone, Debug, Default)]
struct Lines {
    /// Where each item's lines begin in `items` (item `i`'s are
    /// `firsts[i]..firsts[i + 1]`).
    firsts: Vec<u32>,
    /// The place (as in [`Recorded::at`]) and line of each location of the
    /// items, in item order.
    items: Vec<(u32, u32)>,
    /// The section's own locations (of no item), with their lines as their
    /// ranges; all of the section's when it had too many to number.
    rest: Vec<Recorded>,
}

impl SourceLines {
    /// The line of `location`, or of the nearest enclosing location that
    /// was recorded (see [`SourceMap::span`]).
    pub fn line(&self, location: Location) -> Option<usize> {
        let mut at = Some(location);
        while let Some(loc) = at {
            if let Some(line) = self.get(loc) {
                return Some(line as usize);
            }
            at = loc.parent();
        }
        None
    }

    /// The line recorded for exactly `location` (the last one, when it was
    /// recorded twice).
    fn get(&self, location: Location) -> Option<u32> {
        let lines = self.sections.get(slot(location.section))?;
        let index = compact(location.index)?;
        let at = u32::from(self.fields.find(location.field)?) << ELEMENT_BITS
            | compact_element(location.element)?;
        let item = index as usize;
        if index != ABSENT
            && let Some(&[first, end]) = lines.firsts.get(item..item.saturating_add(2))
        {
            return lines
                .items
                .get(first as usize..end as usize)?
                .iter()
                .rev()
                .find(|(place, _)| *place == at)
                .map(|(_, line)| *line);
        }
        let first = lines.rest.partition_point(|r| r.index < index);
        lines.rest[first..]
            .iter()
            .take_while(|r| r.index == index)
            .filter(|r| r.at == at)
            .last()
            .map(|r| r.start)
    }

    /// Every recorded location's section, item, field name, element and
    /// line, in order: what two [`SourceLines`] are compared by.
    fn entries(&self) -> impl Iterator<Item = (usize, u32, Option<&'static str>, u32, u32)> + '_ {
        let name = |at: u32| self.fields.name((at >> ELEMENT_BITS) as u8);
        self.sections
            .iter()
            .enumerate()
            .flat_map(move |(slot, lines)| {
                let items = lines
                    .firsts
                    .windows(2)
                    .enumerate()
                    .flat_map(move |(item, range)| {
                        let records = lines
                            .items
                            .get(range[0] as usize..range[1] as usize)
                            .unwrap_or_default();
                        records.iter().map(move |&(at, line)| {
                            (slot, item as u32, name(at), at & NO_ELEMENT, line)
                        })
                    });
                let rest = lines.rest.iter().map(move |r| {
                    (
                        slot,
                        r.index,
                        self.fields.name(r.field()),
                        r.element(),
                        r.start,
                    )
                });
                items.chain(rest)
            })
    }
}

/// Two are equal when they have the same lines for the same locations,
/// whatever places their field names have in their tables.
impl PartialEq for SourceLines {
    fn eq(&self, other: &Self) -> bool {
        self.entries().eq(other.entries())
    }
}

impl Eq for SourceLines {}

/// Where each item's records begin in `list` (sorted by item), with the
/// end of the last item's after them: empty when the list is too long for
/// 32-bit positions, which [`SourceMap::get`] then searches instead.
fn item_starts(list: &[Recorded]) -> Vec<u32> {
    let items = list
        .iter()
        .rev()
        .find(|r| r.index != ABSENT)
        .map_or(0, |r| r.index as usize + 1);
    if u32::try_from(list.len()).is_err() {
        return Vec::new();
    }
    let mut firsts = Vec::with_capacity(items + 1);
    let mut at = 0;
    for item in 0..=items {
        while list.get(at).is_some_and(|r| (r.index as usize) < item) {
            at += 1;
        }
        firsts.push(at as u32);
    }
    firsts
}

/// An item's index in 32 bits, [`ABSENT`] for `None`; `None` when it does
/// not fit.
fn compact(n: Option<usize>) -> Option<u32> {
    match n {
        None => Some(ABSENT),
        Some(n) => u32::try_from(n).ok().filter(|n| *n != ABSENT),
    }
}

/// An element's number in [`ELEMENT_BITS`], [`NO_ELEMENT`] for `None`;
/// `None` when it does not fit.
fn compact_element(n: Option<usize>) -> Option<u32> {
    match n {
        None => Some(NO_ELEMENT),
        Some(n) => u32::try_from(n).ok().filter(|n| *n < NO_ELEMENT),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::parse_with_positions;

    /// What [`SourceMap::get`] must give: the last record of exactly
    /// `location`, found by looking at every record.
    fn searched(spans: &SourceMap, location: Location) -> Option<Range<usize>> {
        let (index, element) = (compact(location.index)?, compact_element(location.element)?);
        spans.sections[slot(location.section)]
            .iter()
            .rfind(|r| {
                r.index == index
                    && spans.fields.name(r.field()) == location.field
                    && r.element() == element
            })
            .map(|r| r.start as usize..r.end as usize)
    }

    /// Every location recorded in `spans`, and the item just past each
    /// section's last (the end of the table of item starts).
    fn locations(spans: &SourceMap) -> Vec<Location> {
        let sections = [
            Section::Root,
            Section::Goal,
            Section::Personas,
            Section::Departments,
            Section::Team,
            Section::Stages,
            Section::Touchpoints,
            Section::Opportunities,
            Section::Metrics,
        ];
        let mut all = Vec::new();
        for section in sections {
            let list = &spans.sections[slot(section)];
            let whole = |n: u32, absent: u32| (n != absent).then_some(n as usize);
            for r in list {
                all.push(Location {
                    section,
                    index: whole(r.index, ABSENT),
                    field: spans.fields.name(r.field()),
                    element: whole(r.element(), NO_ELEMENT),
                    key: None,
                });
            }
            let items = list
                .iter()
                .filter(|r| r.index != ABSENT)
                .map(|r| r.index as usize + 1)
                .max()
                .unwrap_or(0);
            all.push(Location::item(section, items));
        }
        all
    }

    /// A map whose stages' tables are split by a touchpoint's, so that the
    /// stages' records are sorted by item once reading ends.
    fn split_map() -> String {
        let stage = |id: &str| format!("[[stages]]\nid = \"{id}\"\nname = \"{id}\"\n\n");
        format!(
            "schema = 2\ntitle = \"Split\"\nkind = \"current-state\"\n\n{}[[touchpoints]]\nid = \"tp-1\"\nstage = \"s-1\"\nname = \"Call\"\nchannel = \"phone\"\n\n{}",
            stage("s-1"),
            stage("s-2")
        )
    }

    #[test]
    fn every_recorded_location_is_found_through_the_item_table() {
        let split = split_map();
        let generated = cjm_testdata::generate_toml(120, 3);
        for source in [split.as_str(), generated.as_str()] {
            let (_, spans) = match parse_with_positions(source) {
                Ok(read) => read,
                Err(problems) => panic!("the test map is invalid: {problems:?}"),
            };
            assert!(spans.firsts.iter().any(|f| !f.is_empty()), "no item table");
            let all = locations(&spans);
            assert!(all.len() > 20, "too few locations: {}", all.len());
            for location in all {
                assert_eq!(
                    spans.get(location),
                    searched(&spans, location),
                    "{location:?}"
                );
            }
        }
        let spans = parse_with_positions(&split).map(|(_, spans)| spans);
        let second = Location::item(Section::Stages, 1);
        let line = spans
            .ok()
            .and_then(|s| s.position(&split, second))
            .map(|p| p.line);
        let header = split
            .lines()
            .enumerate()
            .filter(|(_, l)| *l == "[[stages]]")
            .last();
        assert_eq!(line, header.map(|(n, _)| n + 1));
    }

    #[test]
    fn a_field_is_found_by_its_name_wherever_its_text_is() {
        // A hundred names, each twice at different addresses (as names
        // made at run time would be), asked for in turns: more than the
        // recently seen names, so they push each other out.
        let names: Vec<[&'static str; 2]> = (0..100)
            .map(|n| {
                let name = format!("field-{n}");
                [name.clone(), name].map(|text| &*Box::leak(text.into_boxed_str()))
            })
            .collect();
        let mut fields = Fields::default();
        for round in 0..3 {
            for (n, copies) in names.iter().enumerate() {
                let name = copies[(n + round) % 2];
                let place = fields.place(Some(name));
                assert_eq!(place.and_then(|p| fields.name(p)), Some(name), "{name}");
                assert_eq!(place, Some(n as u8), "{name} in round {round}");
            }
        }
        assert_eq!(fields.names.len(), 100);
        assert_eq!(fields.find(Some("field-7")), Some(7));
        assert_eq!(fields.find(Some("field-100")), None);
        assert_eq!(fields.place(None), Some(NO_FIELD));

        let mut spans = SourceMap::default();
        let elsewhere = names[0][1];
        let evidence = |element| Location {
            element,
            ..Location::field(Section::Stages, 1, "evidence")
        };
        spans.insert(Location::field(Section::Stages, 0, names[0][0]), 10..14);
        spans.insert(Location::field(Section::Stages, 1, elsewhere), 20..24);
        spans.insert(evidence(None), 28..50);
        spans.insert(evidence(Some(3)), 30..40);
        spans.insert(evidence(Some(70_000)), 42..48);
        spans.insert(evidence(Some(NO_ELEMENT as usize - 1)), 43..44);
        spans.insert(evidence(Some(NO_ELEMENT as usize)), 44..45);
        spans.insert(evidence(Some(1 << 24)), 44..46);
        spans.finish();
        assert_eq!(spans.fields.names.len(), 2, "{:?}", spans.fields.names);
        let field = |index, field| spans.span(Location::field(Section::Stages, index, field));
        assert_eq!(field(1, names[0][0]), Some(20..24));
        assert_eq!(field(0, elsewhere), Some(10..14));
        assert_eq!(field(0, "not-recorded"), None);
        assert_eq!(spans.span(evidence(Some(3))), Some(30..40));
        assert_eq!(spans.span(evidence(Some(70_000))), Some(42..48));
        assert_eq!(
            spans.span(evidence(Some(NO_ELEMENT as usize - 1))),
            Some(43..44)
        );
        // An element number past what a record holds: its field stands for it.
        assert_eq!(
            spans.span(evidence(Some(NO_ELEMENT as usize))),
            Some(28..50)
        );
        assert_eq!(spans.span(evidence(Some(1 << 24))), Some(28..50));
    }

    #[test]
    fn lines_are_the_lines_of_the_positions() {
        let split = split_map();
        let generated = cjm_testdata::generate_toml(300, 5);
        let crlf = generated.replace('\n', "\r\n");
        for source in [&split, &generated, &crlf] {
            let spans = match parse_with_positions(source) {
                Ok((_, spans)) => spans,
                Err(problems) => panic!("the test map is invalid: {problems:?}"),
            };
            let all = locations(&spans);
            let lines = spans.clone().into_lines(source);
            let mut named = 0;
            for location in all {
                let line = spans.position(source, location).map(|p| p.line);
                assert_eq!(lines.line(location), line, "{location:?}");
                named += usize::from(line.is_some_and(|l| l > 1));
            }
            assert!(named > 10, "too few lines: {named}");
        }
    }

    #[test]
    fn lines_are_counted_forward_and_looked_up_backward_and_far_ahead() {
        // 400 lines of 20 bytes: 8,000 bytes, more than lines are counted over.
        let source: String = (1..=400).map(|n| format!("line {n:<14}\n")).collect();
        assert_eq!(source.len(), 8_000);
        let start_of = |line: usize| (line - 1) * 20;
        // Each record at a line's start: near, back, far ahead, near again.
        let order = [3, 5, 4, 2, 390, 391, 395, 10, 11, 300, 1];
        let mut spans = SourceMap::default();
        for (n, line) in order.iter().enumerate() {
            let at = start_of(*line) + n % 3;
            spans.insert(Location::item(Section::Touchpoints, n), at..at + 1);
        }
        spans.finish();
        let lines = spans.clone().into_lines(&source);
        for (n, line) in order.iter().enumerate() {
            let location = Location::item(Section::Touchpoints, n);
            assert_eq!(lines.line(location), Some(*line), "record {n}");
            let position = spans.position(&source, location).map(|p| p.line);
            assert_eq!(position, Some(*line), "record {n}");
        }
    }

    #[test]
    fn the_schema_names_fewer_fields_than_a_record_can_tell_apart() {
        use crate::model::schema;
        let lists = [
            schema::SECTION_KEYS,
            schema::CONFLICT_KEYS,
            schema::ROOT_KEYS,
            schema::MAP_KEYS,
            schema::GOAL_KEYS,
            schema::PERSONA_KEYS,
            schema::PARTICIPANT_KEYS,
            schema::DEPARTMENT_KEYS,
            schema::STAGE_KEYS,
            schema::TOUCHPOINT_KEYS,
            schema::EVIDENCE_KEYS,
            schema::OPPORTUNITY_KEYS,
            schema::METRIC_KEYS,
            schema::READING_KEYS,
            schema::ACTION_KEYS,
            schema::LINK_KEYS,
        ];
        let names: std::collections::BTreeSet<&str> =
            lists.into_iter().flatten().copied().collect();
        assert!(names.len() > 20, "{names:?}");
        // With room to spare: the table's places are 8 bits.
        assert!(names.len() < usize::from(NO_FIELD) / 2, "{}", names.len());
    }
}
