//! The TOML text of a map as a light tree: tables, keys and values with the
//! byte ranges they came from, and where every comment is.
//!
//! The tree is built from the events of `toml_parser` (the lexer and parser
//! under the `toml` crate) and holds only what the map reader needs: strings
//! borrow from the text unless they contain escapes, no formatting is kept
//! (the writer is canonical), and comments are one sorted list of ranges
//! that the reader attaches to the fields around them. The text is lexed one
//! top-level table at a time, so the tokens of a large file are never all in
//! memory at once; and a table of a `[[list]]` can be handed over as soon
//! as the text is past it, so the tree of a large file is not either.
//!
//! Besides TOML's own syntax, building the tree checks the rules that span
//! several lines: a key defined twice, a table defined twice, a dotted key
//! that extends a value.

use std::borrow::Cow;
use std::num::IntErrorKind;
use std::ops::Range;

use toml_datetime::Datetime;
use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::lexer::{Token, TokenKind};
use toml_parser::parser::{EventReceiver, RecursionGuard, ValidateWhitespace, parse_document};
use toml_parser::{ErrorSink, Expected, ParseError, Raw, Source, Span};

/// How deeply arrays and inline tables may nest; deeper text is an error
/// rather than a risk to the stack.
const MAX_DEPTH: u32 = 64;

/// How deeply tables may nest through the parts of table headers and dotted
/// keys, arrays and inline tables together (`[a.b]` then `c.d = 1` is four
/// levels): deeper text is an error at the first key too deep, so that no
/// tree deeper than this is ever built, read, dropped or written.
const MAX_KEY_DEPTH: usize = 64;

/// How many keys a header's table has room for from the start: enough
/// for most items as cjm writes them (a touchpoint of a generated map has
/// 8–12; one with every field written has 19, and its table grows once).
const ITEM_KEYS: usize = 16;

/// A parsed TOML text.
#[derive(Debug)]
pub struct Document<'s> {
    /// The top-level table (without the tables handed over while parsing).
    pub root: Table<'s>,
    pub comments: Comments<'s>,
    /// Where the last key, value or table header ends.
    end: usize,
}

/// Where the comments of a text are.
#[derive(Debug)]
pub struct Comments<'s> {
    source: &'s str,
    /// Every comment, `#` to the end of its line, in file order.
    spans: Vec<Range<usize>>,
}

/// A table: the top level, a `[header]` table, an element of a
/// `[[list]]`, a table made by a dotted key, or an inline `{ ... }`.
#[derive(Debug, Default)]
pub struct Table<'s> {
    /// The keys in the order they were written.
    pub entries: Vec<Entry<'s>>,
    /// The header (`[[touchpoints]]`) or the inline table's braces; `None`
    /// for the top level, for tables only named on the way to another and
    /// for tables made by dotted keys (`goal.focus = ...`).
    pub span: Option<Range<usize>>,
    /// Where the text before the header starts: comments from here to the
    /// header are written above it.
    pub above: usize,
    kind: TableKind,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum TableKind {
    /// Named on the way to another table (`a` in `[a.b]`); a later `[a]` may define it.
    #[default]
    Implicit,
    /// Made by a dotted key (`a.b = 1`); only more dotted keys may extend it.
    Dotted,
    /// Defined by a header, or the top level.
    Header,
    /// Written inline; closed for good.
    Inline,
}

/// One key of a table and what it holds.
#[derive(Debug)]
pub struct Entry<'s> {
    pub key: Cow<'s, str>,
    /// The key as written (for a table, in its first header).
    pub key_span: Range<usize>,
    /// Where the text before the key starts: comments from here to the key
    /// are written above it.
    pub above: usize,
    pub item: Item<'s>,
}

/// What a key holds.
#[derive(Debug)]
pub enum Item<'s> {
    Value(Value<'s>),
    /// A table written with a header, or named on the way to one.
    Table(Box<Table<'s>>),
    /// A list of tables written as `[[key]]`.
    ArrayOfTables(Vec<Table<'s>>),
}

/// A value with the range of its text.
#[derive(Debug)]
pub struct Value<'s> {
    pub kind: ValueKind<'s>,
    pub span: Range<usize>,
}

/// The kinds of TOML values.
#[derive(Debug)]
pub enum ValueKind<'s> {
    String(Cow<'s, str>),
    Integer(i64),
    Float(f64),
    Boolean(bool),
    Datetime(Datetime),
    Array(Vec<Value<'s>>),
    InlineTable(Box<Table<'s>>),
}

/// A syntax error: where and what, in the interface language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub span: Range<usize>,
    pub message: String,
    /// Which kind of mistake it is, for the hint that goes with it.
    pub kind: SyntaxKind,
}

/// The kinds of syntax error that have a hint of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxKind {
    /// A date or time TOML cannot read.
    Date,
    /// A key or table defined twice.
    Duplicate,
    /// A multi-line string that is never closed.
    Unclosed,
    /// Keys or values nested too deeply.
    TooDeep,
    /// A dotted key or header that extends a value or a closed table.
    NotExtendable,
    /// Anything else.
    Other,
}

/// The errors this module finds itself, beyond TOML's own: they travel
/// through the parser's error type as a marked code and a value, and become
/// a sentence in [`SyntaxError::new`].
#[derive(Clone, Copy)]
enum Own {
    DefinedTwice,
    DuplicateKey,
    TooDeep,
    FloatTooLarge,
    FloatInvalid,
    IntTooLarge,
    IntInvalid,
    ExtendTable,
    ExtendList,
    ExtendInline,
    ExtendArray,
    ExtendValue,
}

const OWN_MARK: char = '\u{1}';

impl Own {
    const ALL: [Own; 12] = [
        Own::DefinedTwice,
        Own::DuplicateKey,
        Own::TooDeep,
        Own::FloatTooLarge,
        Own::FloatInvalid,
        Own::IntTooLarge,
        Own::IntInvalid,
        Own::ExtendTable,
        Own::ExtendList,
        Own::ExtendInline,
        Own::ExtendArray,
        Own::ExtendValue,
    ];

    /// The error as the parser carries it: the mark, the code, the value.
    fn encode(self, name: &str) -> String {
        format!("{OWN_MARK}{}{OWN_MARK}{name}", self as usize)
    }

    fn decode(description: &str) -> Option<(Own, &str)> {
        let rest = description.strip_prefix(OWN_MARK)?;
        let (code, name) = rest.split_once(OWN_MARK)?;
        let own = *Own::ALL.get(code.parse::<usize>().ok()?)?;
        Some((own, name))
    }

    fn message(self, name: &str) -> (String, SyntaxKind) {
        use crate::t;
        let extend = |what: String| {
            (
                t!("load-syntax-not-extendable", key = name, what = what),
                SyntaxKind::NotExtendable,
            )
        };
        match self {
            Own::DefinedTwice => (
                t!("load-syntax-defined-twice", key = name),
                SyntaxKind::Duplicate,
            ),
            Own::DuplicateKey => (
                t!("load-syntax-duplicate-key", key = name),
                SyntaxKind::Duplicate,
            ),
            Own::TooDeep => (
                t!("load-syntax-too-deep", levels = MAX_KEY_DEPTH),
                SyntaxKind::TooDeep,
            ),
            Own::FloatTooLarge => (t!("load-syntax-float-too-large"), SyntaxKind::Other),
            Own::FloatInvalid => (t!("load-syntax-float-invalid"), SyntaxKind::Other),
            Own::IntTooLarge => (t!("load-syntax-int-too-large"), SyntaxKind::Other),
            Own::IntInvalid => (t!("load-syntax-int-invalid"), SyntaxKind::Other),
            Own::ExtendTable => extend(t!("load-syntax-kind", kind = "table-with-header")),
            Own::ExtendList => extend(t!("load-syntax-kind", kind = "list-of-tables")),
            Own::ExtendInline => extend(t!("load-syntax-kind", kind = "inline-table")),
            Own::ExtendArray => extend(t!("load-syntax-kind", kind = "list")),
            Own::ExtendValue => extend(t!("load-syntax-kind", kind = "value")),
        }
    }
}

/// Receives each table of a top-level `[[list]]` once the text is past it:
/// the comments so far, the list's key and the table.
pub type Handover<'h, 's> = dyn FnMut(&Comments<'s>, &str, Table<'s>) + 'h;

impl<'s> Document<'s> {
    /// Parses `source`; on failure returns the syntax errors found (the
    /// first of each top-level table), in file order.
    #[cfg(test)]
    pub fn parse(source: &'s str) -> Result<Document<'s>, Vec<SyntaxError>> {
        Document::parse_handing_over(source, &[], &mut |_, _, _| {})
    }

    /// Parses `source`, handing the tables of the top-level `[[lists]]`
    /// named in `lists` to `handover` as soon as no later text can add to
    /// them: all but the last of each list (a later `[list.sub]` header
    /// extends the last one). The last tables stay in the document.
    pub fn parse_handing_over(
        source: &'s str,
        lists: &[&str],
        handover: &mut Handover<'_, 's>,
    ) -> Result<Document<'s>, Vec<SyntaxError>> {
        let mut builder = Builder::new(source);
        let mut errors: Vec<ParseError> = Vec::new();
        let mut tokens: Vec<Token> = Vec::new();
        let mut depth = 0i32;
        let mut line_start = true;
        for token in Source::new(source).lex() {
            let kind = token.kind();
            // A header at the start of a line, outside any brackets, starts
            // a new top-level table: the tokens before it form a document of
            // their own, and the tree carries on from where they left it.
            if kind == TokenKind::LeftSquareBracket && depth == 0 && line_start {
                builder.parse(&tokens, &mut errors);
                tokens.clear();
                if errors.is_empty() {
                    builder.hand_over(lists, handover);
                }
            }
            match kind {
                TokenKind::LeftSquareBracket | TokenKind::LeftCurlyBracket => depth += 1,
                TokenKind::RightSquareBracket | TokenKind::RightCurlyBracket => depth -= 1,
                _ => {}
            }
            line_start = kind == TokenKind::Newline;
            tokens.push(token);
        }
        builder.parse(&tokens, &mut errors);
        drop(tokens);
        if errors.is_empty() {
            Ok(builder.finish())
        } else {
            let mut errors: Vec<SyntaxError> = errors
                .iter()
                .map(|e| SyntaxError::new(e, source.len()))
                .collect();
            errors.sort_by_key(|e| e.span.start);
            Err(errors)
        }
    }

    /// The comments after everything else in the file.
    pub fn trailing_comments(&self) -> impl Iterator<Item = &'s str> + '_ {
        let from = if self.end == 0 {
            0
        } else {
            self.comments.next_line(self.end)
        };
        self.comments.comments_in(from..self.comments.source.len())
    }
}

impl<'s> Comments<'s> {
    /// The start of the line after the one `at` is on (or the end of the text).
    pub fn next_line(&self, at: usize) -> usize {
        next_line(self.source, at)
    }

    /// The comments that start in `range`, each as written (`# ...`).
    pub fn comments_in(&self, range: Range<usize>) -> impl Iterator<Item = &'s str> + '_ {
        let first = self.spans.partition_point(|c| c.start < range.start);
        self.spans[first..]
            .iter()
            .take_while(move |c| c.start < range.end)
            .filter_map(|c| self.source.get(c.clone()))
            .map(str::trim_end)
    }
}

impl<'s> Table<'s> {
    /// The entry of `key`.
    pub fn get(&self, key: &str) -> Option<&Entry<'s>> {
        self.entries.iter().find(|e| e.key == key)
    }

    /// Whether the table was written inline, `{ ... }`.
    pub fn is_inline(&self) -> bool {
        self.kind == TableKind::Inline
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    fn get_index(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.key == key)
    }
}

impl Item<'_> {
    /// The range of the value, or of the table's (first) header.
    pub fn span(&self) -> Option<Range<usize>> {
        match self {
            Item::Value(v) => Some(v.span.clone()),
            Item::Table(t) => t.span.clone(),
            Item::ArrayOfTables(tables) => tables.first().and_then(|t| t.span.clone()),
        }
    }

    pub fn is_table(&self) -> bool {
        matches!(self, Item::Table(_))
    }
}

impl SyntaxError {
    /// The parser's error as one line: what is wrong and what was expected.
    fn new(error: &ParseError, len: usize) -> SyntaxError {
        // A multi-line string that never closes runs to the end of the
        // file: the useful spot is where it opens.
        if error.description().starts_with("invalid multi-line")
            && let Some(string) = error.context()
            && error.unexpected().is_some_and(|at| at.start() >= len)
        {
            let quotes = if error.description().contains("literal") {
                "\'\'\'"
            } else {
                "\"\"\""
            };
            let start = string.start().min(len);
            return SyntaxError {
                span: start..(start + 3).min(len),
                message: crate::t!("load-syntax-unclosed-string", quotes = quotes),
                kind: SyntaxKind::Unclosed,
            };
        }
        let description = error.description();
        let (mut message, kind) = match Own::decode(description) {
            Some((own, name)) => own.message(name),
            None => {
                // TOML's own words, in English: the parser names them so.
                let about_dates = |text: &str| text.contains("date") || text.contains("time");
                let expects_date = error.expected().is_some_and(|list| {
                    list.iter()
                        .any(|e| matches!(e, Expected::Description(d) if about_dates(d)))
                });
                let kind = if about_dates(description) || expects_date {
                    SyntaxKind::Date
                } else {
                    SyntaxKind::Other
                };
                (super::toml_words::problem(description), kind)
            }
        };
        if let Some(expected) = error.expected() {
            let mut list = Vec::new();
            if expected.is_empty() {
                list.push(crate::t!("load-syntax-expected-nothing"));
            }
            for e in expected {
                list.push(match e {
                    Expected::Literal("\n") => crate::t!("load-syntax-expected-newline"),
                    Expected::Literal("`") => "'`'".to_owned(),
                    Expected::Literal(s) if s.chars().all(|c| c.is_ascii_control()) => {
                        format!("`{}`", s.escape_debug())
                    }
                    Expected::Literal(s) => format!("`{s}`"),
                    Expected::Description(d) => super::toml_words::expected(d),
                    _ => crate::t!("load-syntax-expected-other"),
                });
            }
            message = crate::t!(
                "load-syntax-expected",
                problem = message,
                expected = list.join(", ")
            );
        }
        let span = error
            .unexpected()
            .or(error.context())
            .map_or(len..len, |s| s.start().min(len)..s.end().min(len));
        SyntaxError {
            span,
            message,
            kind,
        }
    }
}

/// A key as written: its text and range.
#[derive(Clone, Debug)]
struct Key<'s> {
    name: Cow<'s, str>,
    span: Range<usize>,
}

/// An array or inline table whose closing bracket has not come yet.
enum Open<'s> {
    Array {
        values: Vec<Value<'s>>,
        start: usize,
    },
    Inline {
        table: Table<'s>,
        keys: Vec<Key<'s>>,
        start: usize,
    },
}

/// Builds the tree from the parser's events.
struct Builder<'s> {
    source: &'s str,
    root: Table<'s>,
    /// The table that key-value lines go to: entry indexes from the root
    /// (a list of tables stands for its last element). `None` after a
    /// header that could not be placed.
    current: Option<Vec<usize>>,
    /// The header being read: its keys, whether it is `[[...]]`, and where it starts.
    header: Option<(Vec<Key<'s>>, bool, usize)>,
    /// Keys of the key-value line being read.
    keys: Vec<Key<'s>>,
    /// Emptied key lists, kept for the next header or inline table's keys
    /// and the next header's path: a large map has hundreds of thousands
    /// of lines, and a list each would cost an allocation each.
    spare_keys: Vec<Vec<Key<'s>>>,
    spare_path: Vec<usize>,
    /// Where the text before that line starts (see [`Entry::above`]).
    key_above: usize,
    open: Vec<Open<'s>>,
    comments: Comments<'s>,
    /// Where the last key-value line or header ended.
    last_end: Option<usize>,
    /// Whether a key too deep was reported in the table being read (once is enough).
    too_deep: bool,
}

impl<'s> Builder<'s> {
    fn new(source: &'s str) -> Self {
        let root = Table {
            kind: TableKind::Header,
            ..Table::default()
        };
        Builder {
            source,
            root,
            current: Some(Vec::new()),
            header: None,
            keys: Vec::new(),
            spare_keys: Vec::new(),
            spare_path: Vec::new(),
            key_above: 0,
            open: Vec::new(),
            comments: Comments {
                source,
                spans: Vec::new(),
            },
            last_end: None,
            too_deep: false,
        }
    }

    /// How deep the next key would be: the parts of the header being read,
    /// or those of the current table, the open arrays and inline tables and
    /// the keys read so far.
    fn depth(&self) -> usize {
        if let Some((keys, _, _)) = &self.header {
            return keys.len();
        }
        let open: usize = self
            .open
            .iter()
            .map(|open| match open {
                Open::Array { .. } => 1,
                Open::Inline { keys, .. } => 1 + keys.len(),
            })
            .sum();
        self.current.as_ref().map_or(0, Vec::len) + self.keys.len() + open
    }

    /// Parses the tokens of one top-level table (or of the lines before
    /// the first header). Of its errors only the first is kept: the parser
    /// goes on after an error, but what it finds next on the same table is
    /// mostly an echo of the first one.
    fn parse(&mut self, tokens: &[Token], errors: &mut Vec<ParseError>) {
        if tokens.is_empty() {
            return;
        }
        // A table starts afresh: nothing half-read before it carries over.
        self.keys.clear();
        self.open.clear();
        self.header = None;
        self.too_deep = false;
        let source = Source::new(self.source);
        let mut found: Vec<ParseError> = Vec::new();
        let mut whitespace = ValidateWhitespace::new(self, source);
        let mut guard = RecursionGuard::new(&mut whitespace, MAX_DEPTH);
        parse_document(tokens, &mut guard, &mut found);
        let position = |e: &ParseError| e.unexpected().or(e.context()).map(|s| s.start());
        if let Some(first) = found.into_iter().min_by_key(position) {
            errors.push(first);
        }
    }

    /// Hands over all but the last table of each list named in `lists`.
    fn hand_over(&mut self, lists: &[&str], handover: &mut Handover<'_, 's>) {
        for entry in &mut self.root.entries {
            if let Item::ArrayOfTables(tables) = &mut entry.item
                && tables.len() > 1
                && lists.contains(&entry.key.as_ref())
            {
                for table in tables.drain(..tables.len() - 1) {
                    handover(&self.comments, &entry.key, table);
                }
            }
        }
    }

    fn finish(self) -> Document<'s> {
        Document {
            root: self.root,
            comments: self.comments,
            end: self.last_end.unwrap_or(0),
        }
    }

    /// Where the text before something that starts now begins: the line
    /// after the last key-value line or header.
    fn above(&self) -> usize {
        self.last_end.map_or(0, |end| next_line(self.source, end))
    }

    fn raw(&self, span: Span, encoding: Option<Encoding>) -> Raw<'s> {
        let text = self.source.get(span.start()..span.end()).unwrap_or("");
        Raw::new_unchecked(text, encoding, span)
    }

    fn key(&self, span: Span, encoding: Option<Encoding>, errors: &mut dyn ErrorSink) -> Key<'s> {
        let mut name: Cow<'s, str> = Cow::Borrowed("");
        self.raw(span, encoding).decode_key(&mut name, errors);
        Key {
            name,
            span: span.start()..span.end(),
        }
    }

    fn decode_scalar(
        &self,
        span: Span,
        encoding: Option<Encoding>,
        errors: &mut dyn ErrorSink,
    ) -> Value<'s> {
        let mut text: Cow<'s, str> = Cow::Borrowed("");
        // The decoder reports what it finds wrong; a value it let through
        // that still does not convert gets an error of our own.
        let mut decoded = true;
        let kind = self.raw(span, encoding).decode_scalar(&mut text, &mut |e| {
            decoded = false;
            errors.report_error(e);
        });
        let mut invalid = |what: String| {
            if decoded {
                errors.report_error(ParseError::new(what).with_unexpected(span));
            }
        };
        let kind = match kind {
            ScalarKind::String => ValueKind::String(text),
            ScalarKind::Boolean(b) => ValueKind::Boolean(b),
            ScalarKind::DateTime => match text.parse::<Datetime>() {
                Ok(dt) => ValueKind::Datetime(dt),
                Err(err) => {
                    invalid(err.to_string());
                    ValueKind::Boolean(false)
                }
            },
            ScalarKind::Float => match text.parse::<f64>() {
                Ok(f) if f.is_infinite() && !text.contains("inf") => {
                    invalid(Own::FloatTooLarge.encode(""));
                    ValueKind::Float(0.0)
                }
                Ok(f) => ValueKind::Float(f),
                Err(_) => {
                    invalid(Own::FloatInvalid.encode(""));
                    ValueKind::Float(0.0)
                }
            },
            ScalarKind::Integer(radix) => match i64::from_str_radix(&text, radix.value()) {
                Ok(n) => ValueKind::Integer(n),
                Err(err) => {
                    invalid(match err.kind() {
                        IntErrorKind::PosOverflow | IntErrorKind::NegOverflow => {
                            Own::IntTooLarge.encode("")
                        }
                        _ => Own::IntInvalid.encode(""),
                    });
                    ValueKind::Integer(0)
                }
            },
        };
        Value {
            kind,
            span: span.start()..span.end(),
        }
    }

    /// A finished value goes into the open array or inline table, or to
    /// the key-value line being read.
    fn put(&mut self, value: Value<'s>, errors: &mut dyn ErrorSink) {
        match self.open.last_mut() {
            Some(Open::Array { values, .. }) => values.push(value),
            Some(Open::Inline { table, keys, start }) => {
                // Above a key inside braces: from the value before it, or the brace.
                let above = table
                    .entries
                    .last()
                    .and_then(|e| e.item.span())
                    .map_or(*start, |span| span.end);
                insert(table, keys, value, above, errors);
                keys.clear();
            }
            None => {
                let end = value.span.end;
                if self.keys.is_empty() {
                    return;
                }
                let above = self.key_above;
                if let Some(table) = self
                    .current
                    .as_deref()
                    .and_then(|path| table_at(&mut self.root, path))
                {
                    insert(table, &self.keys, value, above, errors);
                }
                self.keys.clear();
                self.last_end = Some(end);
            }
        }
    }

    /// Places the header just read and makes its table the current one.
    fn close_header(&mut self, end: usize, errors: &mut dyn ErrorSink) {
        let Some((mut keys, is_array, start)) = self.header.take() else {
            return;
        };
        let above = self.above();
        self.last_end = Some(end);
        if let Some(path) = self.current.take() {
            self.spare_path = path;
        }
        self.place_header(&keys, is_array, start..end, above, errors);
        keys.clear();
        self.spare_keys.push(keys);
    }

    /// Places the header with `keys` (see [`Builder::close_header`]).
    fn place_header(
        &mut self,
        keys: &[Key<'s>],
        is_array: bool,
        Range { start, end }: Range<usize>,
        above: usize,
        errors: &mut dyn ErrorSink,
    ) {
        let Some((last, parents)) = keys.split_last() else {
            return;
        };
        let mut path = std::mem::take(&mut self.spare_path);
        path.clear();
        let mut table = &mut self.root;
        for key in parents {
            let Some((index, next)) = descend(table, key, false, errors) else {
                return;
            };
            path.push(index);
            table = next;
        }
        let header = Table {
            // Room for the keys of an item's table, which it would
            // otherwise grow to in three or four steps.
            entries: Vec::with_capacity(ITEM_KEYS),
            span: Some(start..end),
            above,
            kind: TableKind::Header,
        };
        let index = match table.get_index(&last.name) {
            None => {
                let item = if is_array {
                    Item::ArrayOfTables(vec![header])
                } else {
                    Item::Table(Box::new(header))
                };
                table.entries.push(Entry {
                    key: last.name.clone(),
                    key_span: last.span.clone(),
                    above,
                    item,
                });
                table.entries.len() - 1
            }
            Some(index) => {
                let entry = &mut table.entries[index];
                match (&mut entry.item, is_array) {
                    (Item::ArrayOfTables(tables), true) => tables.push(header),
                    (Item::Table(t), false) if t.kind == TableKind::Implicit => {
                        t.kind = TableKind::Header;
                        t.span = header.span;
                        t.above = above;
                    }
                    _ => {
                        errors.report_error(
                            ParseError::new(Own::DefinedTwice.encode(&last.name))
                                .with_unexpected(span_of(&last.span))
                                .with_context(span_of(&entry.key_span)),
                        );
                        return;
                    }
                }
                index
            }
        };
        path.push(index);
        self.current = Some(path);
    }
}

/// The start of the line after the one `at` is on (or the end of `source`).
fn next_line(source: &str, at: usize) -> usize {
    source
        .as_bytes()
        .get(at..)
        .and_then(|rest| rest.iter().position(|b| *b == b'\n'))
        .map_or(source.len(), |i| at + i + 1)
}

fn span_of(range: &Range<usize>) -> Span {
    Span::new_unchecked(range.start, range.end)
}

/// The table at `path` (see [`Builder::current`]).
fn table_at<'t, 's>(mut table: &'t mut Table<'s>, path: &[usize]) -> Option<&'t mut Table<'s>> {
    for &index in path {
        table = match &mut table.entries.get_mut(index)?.item {
            Item::Table(t) => t,
            Item::ArrayOfTables(tables) => tables.last_mut()?,
            Item::Value(_) => return None,
        };
    }
    Some(table)
}

/// The table `key` names inside `table`, made when missing: the step of a
/// dotted key (`dotted`) or of a header's path.
fn descend<'t, 's>(
    table: &'t mut Table<'s>,
    key: &Key<'s>,
    dotted: bool,
    errors: &mut dyn ErrorSink,
) -> Option<(usize, &'t mut Table<'s>)> {
    let index = match table.get_index(&key.name) {
        Some(index) => index,
        None => {
            let kind = if dotted {
                TableKind::Dotted
            } else {
                TableKind::Implicit
            };
            table.entries.push(Entry {
                key: key.name.clone(),
                key_span: key.span.clone(),
                above: key.span.start,
                item: Item::Table(Box::new(Table {
                    kind,
                    ..Table::default()
                })),
            });
            table.entries.len() - 1
        }
    };
    let entry = &mut table.entries[index];
    let problem = match &mut entry.item {
        Item::Table(t) if dotted && t.kind == TableKind::Header => Some(Own::ExtendTable),
        Item::ArrayOfTables(_) if dotted => Some(Own::ExtendList),
        Item::Value(v) => Some(match v.kind {
            ValueKind::InlineTable(_) => Own::ExtendInline,
            ValueKind::Array(_) => Own::ExtendArray,
            _ => Own::ExtendValue,
        }),
        _ => None,
    };
    if let Some(problem) = problem {
        errors.report_error(
            ParseError::new(problem.encode(&key.name))
                .with_unexpected(span_of(&key.span))
                .with_context(span_of(&entry.key_span)),
        );
        return None;
    }
    let next = match &mut entry.item {
        Item::Table(t) => {
            if dotted && t.kind == TableKind::Implicit {
                t.kind = TableKind::Dotted;
            }
            &mut **t
        }
        Item::ArrayOfTables(tables) => tables.last_mut()?,
        Item::Value(_) => return None,
    };
    Some((index, next))
}

/// Puts `value` under the (possibly dotted) `keys` in `table`.
fn insert<'s>(
    mut table: &mut Table<'s>,
    keys: &[Key<'s>],
    value: Value<'s>,
    above: usize,
    errors: &mut dyn ErrorSink,
) {
    let Some((last, parents)) = keys.split_last() else {
        return;
    };
    for key in parents {
        match descend(table, key, true, errors) {
            Some((_, next)) => table = next,
            None => return,
        }
    }
    if let Some(entry) = table.get(&last.name) {
        errors.report_error(
            ParseError::new(Own::DuplicateKey.encode(&last.name))
                .with_unexpected(span_of(&last.span))
                .with_context(span_of(&entry.key_span)),
        );
        return;
    }
    table.entries.push(Entry {
        key: last.name.clone(),
        key_span: last.span.clone(),
        above,
        item: Item::Value(value),
    });
}

impl<'s> EventReceiver for Builder<'s> {
    fn std_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.header = Some((
            self.spare_keys.pop().unwrap_or_default(),
            false,
            span.start(),
        ));
    }

    fn std_table_close(&mut self, span: Span, error: &mut dyn ErrorSink) {
        self.close_header(span.end(), error);
    }

    fn array_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.header = Some((
            self.spare_keys.pop().unwrap_or_default(),
            true,
            span.start(),
        ));
    }

    fn array_table_close(&mut self, span: Span, error: &mut dyn ErrorSink) {
        self.close_header(span.end(), error);
    }

    fn inline_table_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.open.push(Open::Inline {
            table: Table {
                kind: TableKind::Inline,
                ..Table::default()
            },
            keys: self.spare_keys.pop().unwrap_or_default(),
            start: span.start(),
        });
        true
    }

    fn inline_table_close(&mut self, span: Span, error: &mut dyn ErrorSink) {
        if let Some(Open::Inline {
            mut table,
            start,
            mut keys,
        }) = self.open.pop()
        {
            keys.clear();
            self.spare_keys.push(keys);
            table.span = Some(start..span.end());
            let value = Value {
                kind: ValueKind::InlineTable(Box::new(table)),
                span: start..span.end(),
            };
            self.put(value, error);
        }
    }

    fn array_open(&mut self, span: Span, _error: &mut dyn ErrorSink) -> bool {
        self.open.push(Open::Array {
            values: Vec::new(),
            start: span.start(),
        });
        true
    }

    fn array_close(&mut self, span: Span, error: &mut dyn ErrorSink) {
        if let Some(Open::Array { values, start }) = self.open.pop() {
            let value = Value {
                kind: ValueKind::Array(values),
                span: start..span.end(),
            };
            self.put(value, error);
        }
    }

    fn simple_key(&mut self, span: Span, kind: Option<Encoding>, error: &mut dyn ErrorSink) {
        if self.depth() >= MAX_KEY_DEPTH {
            if !self.too_deep {
                self.too_deep = true;
                error.report_error(ParseError::new(Own::TooDeep.encode("")).with_unexpected(span));
            }
            return;
        }
        let key = self.key(span, kind, error);
        if let Some((keys, _, _)) = &mut self.header {
            keys.push(key);
        } else if let Some(Open::Inline { keys, .. }) = self.open.last_mut() {
            keys.push(key);
        } else if self.open.is_empty() {
            if self.keys.is_empty() {
                self.key_above = self.above();
            }
            self.keys.push(key);
        }
    }

    fn scalar(&mut self, span: Span, kind: Option<Encoding>, error: &mut dyn ErrorSink) {
        let value = self.decode_scalar(span, kind, error);
        self.put(value, error);
    }

    fn comment(&mut self, span: Span, _error: &mut dyn ErrorSink) {
        self.comments.spans.push(span.start()..span.end());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Document<'_> {
        match Document::parse(text) {
            Ok(doc) => doc,
            Err(errors) => panic!("{text:?}: {errors:?}"),
        }
    }

    fn errors(text: &str) -> Vec<String> {
        match Document::parse(text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.into_iter().map(|e| e.message).collect(),
        }
    }

    fn value<'d>(table: &'d Table, key: &str) -> &'d ValueKind<'d> {
        match table.get(key).map(|e| &e.item) {
            Some(Item::Value(v)) => &v.kind,
            other => panic!("{key}: {other:?}"),
        }
    }

    #[test]
    fn values_keep_their_text_and_position() {
        let text = "a = \"x\\ty\"\nb = 'lit'\nc = 42\nd = 0x1F\ne = 2.5\nf = true\ng = 2026-03-31\nh = [1, [2]]\ni = { j = 1, k.l = 2 }\n";
        let doc = parse(text);
        let root = &doc.root;
        assert!(matches!(value(root, "a"), ValueKind::String(s) if s == "x\ty"));
        assert!(matches!(
            value(root, "b"),
            ValueKind::String(Cow::Borrowed("lit"))
        ));
        assert!(matches!(value(root, "c"), ValueKind::Integer(42)));
        assert!(matches!(value(root, "d"), ValueKind::Integer(31)));
        assert!(matches!(value(root, "e"), ValueKind::Float(f) if *f == 2.5));
        assert!(matches!(value(root, "f"), ValueKind::Boolean(true)));
        assert!(
            matches!(value(root, "g"), ValueKind::Datetime(d) if d.to_string() == "2026-03-31")
        );
        assert!(matches!(value(root, "h"), ValueKind::Array(a) if a.len() == 2));
        let Some(Item::Value(i)) = root.get("i").map(|e| &e.item) else {
            panic!("i");
        };
        assert_eq!(&text[i.span.clone()], "{ j = 1, k.l = 2 }");
        let ValueKind::InlineTable(inline) = &i.kind else {
            panic!("inline");
        };
        assert!(matches!(
            inline.get("k").map(|e| &e.item),
            Some(Item::Table(_))
        ));
        let c = root.get("c").map(|e| e.key_span.clone());
        assert_eq!(c.map(|s| &text[s]), Some("c"));
    }

    #[test]
    fn headers_make_tables_and_lists_of_tables() {
        let text = "[goal]\nfocus = 'growth'\n\n[[touchpoints]]\nid = 'a'\n[[touchpoints]]\nid = 'b'\n[touchpoints.extra]\nx = 1\n";
        let doc = parse(text);
        assert!(matches!(
            doc.root.get("goal").map(|e| &e.item),
            Some(Item::Table(_))
        ));
        let Some(Item::ArrayOfTables(tps)) = doc.root.get("touchpoints").map(|e| &e.item) else {
            panic!("touchpoints");
        };
        assert_eq!(tps.len(), 2);
        assert_eq!(
            tps[1].span.clone().map(|s| &text[s]),
            Some("[[touchpoints]]")
        );
        assert!(
            tps[1].contains_key("extra"),
            "a sub-table goes to the last element"
        );
        assert!(!tps[0].contains_key("extra"));
    }

    #[test]
    fn comments_are_found_by_position() {
        let text = "# top\nschema = 1 # trailing\n\n# above goal\n[goal] # on header\n# above focus\nfocus = 'x'\nlist = [\n  # inside\n  'a',\n]\n# at the end\n";
        let doc = parse(text);
        let all: Vec<&str> = doc.comments.comments_in(0..text.len()).collect();
        assert_eq!(
            all,
            [
                "# top",
                "# trailing",
                "# above goal",
                "# on header",
                "# above focus",
                "# inside",
                "# at the end"
            ]
        );
        let schema = doc.root.get("schema").map(|e| e.above);
        assert_eq!(schema, Some(0));
        let Some(Item::Table(goal)) = doc.root.get("goal").map(|e| &e.item) else {
            panic!("goal");
        };
        let header = goal.span.clone().unwrap_or_default();
        let above: Vec<&str> = doc.comments.comments_in(goal.above..header.start).collect();
        assert_eq!(above, ["# above goal"]);
        let focus = goal.get("focus").map(|e| (e.above, e.key_span.start));
        let above: Vec<&str> = focus
            .map(|(a, k)| doc.comments.comments_in(a..k).collect())
            .unwrap_or_default();
        assert_eq!(above, ["# above focus"]);
        assert_eq!(
            doc.trailing_comments().collect::<Vec<_>>(),
            ["# at the end"]
        );
    }

    #[test]
    fn rules_across_lines_are_errors() {
        assert_eq!(
            errors("a = 1\na = 2\n"),
            ["duplicate key `a`"],
            "a key twice"
        );
        assert_eq!(errors("[t]\n[t]\n"), ["`t` is defined twice"]);
        assert_eq!(errors("a = 1\n[a]\n"), ["`a` is defined twice"]);
        assert_eq!(
            errors("a = 1\na.b = 2\n"),
            ["`a` is a value already and cannot be extended here"]
        );
        assert_eq!(
            errors("[t]\nx = 1\n[u]\nt.y = 2\n[[t]]\n"),
            ["`t` is defined twice"],
            "a dotted key may only extend its own table; a table is not a list"
        );
        assert!(errors("a = { b = 1 }\n[a.c]\n")[0].contains("inline table"));
        assert!(
            errors("[a.b]\n[a]\nx = 1\n").is_empty(),
            "an implicit table may be defined later"
        );
    }

    #[test]
    fn one_syntax_error_per_table_is_reported() {
        let text = "a = \nb = 'ok'\n[t]\nc = \"unclosed\nd = 3\n[u]\ne = [1, 2\nf = 3\n";
        let Err(errors) = Document::parse(text) else {
            panic!("parsed");
        };
        let at: Vec<usize> = errors.iter().map(|e| e.span.start).collect();
        assert_eq!(at.len(), 3, "{errors:?}");
        assert_eq!(&text[at[0] - 4..at[0]], "a = ", "{errors:?}");
        let line = |at: usize| text[..at].matches('\n').count() + 1;
        assert_eq!(line(at[1]), 4, "the string on line 4: {errors:?}");
        assert_eq!(
            line(at[2]),
            8,
            "the list never closed, found on line 8: {errors:?}"
        );
        assert!(errors.iter().all(|e| e.span.end <= text.len()));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("a = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        assert!(Document::parse(&text).is_err());
    }

    #[test]
    fn deep_keys_and_headers_are_an_error_not_a_crash() {
        let parts = vec!["a"; 200_000].join(".");
        for text in [
            format!("{parts} = 1\n"),
            format!("[{parts}]\n"),
            format!("[[{parts}]]\n"),
            format!("x = {{ {parts} = 1 }}\n"),
        ] {
            let errors = errors(&text);
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(errors[0].contains("nest too deeply"), "{errors:?}");
        }
        // 64 levels are still fine.
        let parts = vec!["a"; MAX_KEY_DEPTH].join(".");
        assert!(Document::parse(&format!("{parts} = 1\n")).is_ok());
    }

    #[test]
    fn an_unclosed_multi_line_string_is_reported_where_it_opens() {
        for (text, at) in [
            ("a = 1\nb = \"\"\"\nabc\n\nc = 2\n", 10),
            ("a = 1\nb = \'\'\'\nabc\n\nc = 2\n", 10),
        ] {
            let Err(errors) = Document::parse(text) else {
                panic!("{text:?} parsed");
            };
            assert_eq!(errors[0].span.start, at, "{errors:?}");
            assert!(errors[0].message.contains("never closed"), "{errors:?}");
        }
    }

    #[test]
    fn big_integers_and_bad_dates_are_errors() {
        assert_eq!(
            errors("a = 99999999999999999999\n"),
            ["number too large: whole numbers must fit in 64 bits"]
        );
        let binary = errors("a = 0b102\n");
        assert_eq!(binary.len(), 1, "{binary:?}");
        assert!(!binary[0].contains("too large"), "{binary:?}");
        assert!(!errors("a = 2026-02-30\n").is_empty());
    }

    #[test]
    fn keys_inside_braces_have_nothing_above_them() {
        let doc = parse("# top\na = { b = 1, c = 2 } # beside\n");
        let Some(Item::Value(Value {
            kind: ValueKind::InlineTable(inline),
            ..
        })) = doc.root.get("a").map(|e| &e.item)
        else {
            panic!("a");
        };
        for entry in &inline.entries {
            let above: Vec<&str> = doc
                .comments
                .comments_in(entry.above..entry.key_span.start)
                .collect();
            assert!(above.is_empty(), "{}: {above:?}", entry.key);
        }
    }

    #[test]
    fn finished_tables_of_a_list_are_handed_over_in_order() {
        let text = "title = 'x'\n[[a]]\nn = 1\n[[b]]\nn = 10\n[[a]]\nn = 2\n[[a]]\nn = 3\n[a.sub]\nx = 1\n[[b]]\nn = 20\n";
        let mut seen = Vec::new();
        let doc = Document::parse_handing_over(text, &["a"], &mut |_, key, table| {
            let n = match table.get("n").map(|e| &e.item) {
                Some(Item::Value(Value {
                    kind: ValueKind::Integer(n),
                    ..
                })) => *n,
                _ => -1,
            };
            seen.push((key.to_owned(), n, table.contains_key("sub")));
        });
        let Ok(doc) = doc else {
            panic!("parse");
        };
        assert_eq!(
            seen,
            [("a".to_owned(), 1, false), ("a".to_owned(), 2, false)]
        );
        let Some(Item::ArrayOfTables(a)) = doc.root.get("a").map(|e| &e.item) else {
            panic!("a");
        };
        assert_eq!(
            a.len(),
            1,
            "the last table stays: a later header may extend it"
        );
        assert!(a[0].contains_key("sub"));
        let Some(Item::ArrayOfTables(b)) = doc.root.get("b").map(|e| &e.item) else {
            panic!("b");
        };
        assert_eq!(b.len(), 2, "lists not named are kept whole");
    }
}
