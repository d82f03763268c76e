//! The query language of `cjm query`: a small filter over the touchpoints of
//! many maps, with the field names of the schema.
//!
//! ```text
//! owner = logistics and emotion <= -1 and not evidence
//! (channel = web or channel = app) and pain_points ~ "wait"
//! ```
//!
//! - a comparison is `FIELD OP VALUE` with `=`, `!=`, `<`, `<=`, `>`, `>=`
//!   and `~` (contains); text compares without regard to case, numbers and
//!   dates as numbers and dates; a list field (`personas`, `pain_points`,
//!   `evidence`) matches when one of its elements does, and `!=` when none does;
//! - a field name alone is true when the field is set (`evidence`,
//!   `moment_of_truth`);
//! - `not`, `and`, `or` (in that order of precedence) and parentheses combine them;
//! - a value is a word (letters, digits, `-`, `_`, `.`…), a number, or text
//!   in double quotes (`\"` and `\\` inside).
//!
//! [`parse`] returns an [`Expr`] or a [`ParseError`] that names the byte
//! offset of the problem, so the command line can put a caret under it.
//! Printing an [`Expr`] (its `Display`) gives a query that parses back to the
//! same expression.

use std::fmt;

use crate::model::{FieldValue, Fields, Map, Touchpoint};
use crate::t;

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// Contains (text, without regard to case).
    Contains,
}

impl Op {
    /// Every operator, spelled as in a query.
    pub const ALL: [Op; 7] = [Op::Eq, Op::Ne, Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Contains];

    pub fn as_str(self) -> &'static str {
        match self {
            Op::Eq => "=",
            Op::Ne => "!=",
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Contains => "~",
        }
    }
}

/// The value on the right of a comparison.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A finite number (`-1`, `4.5`).
    Number(f64),
    /// A word or quoted text.
    Text(String),
}

/// A parsed query.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// Two or more operands, all true.
    And(Vec<Expr>),
    /// Two or more operands, one true.
    Or(Vec<Expr>),
    Not(Box<Expr>),
    /// `FIELD OP VALUE`.
    Compare {
        field: String,
        op: Op,
        value: Value,
    },
    /// A field name alone: the field is set.
    Set(String),
}

/// Why a query cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    /// Byte offset in the query where the problem is.
    pub offset: usize,
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl ParseError {
    /// The 1-based column of the problem, counted in display width (for a caret).
    pub fn column(&self, query: &str) -> usize {
        let at = self.offset.min(query.len());
        crate::text::width(query.get(..at).unwrap_or(query)) + 1
    }
}

/// The field names a touchpoint query may use: the touchpoint's fields in the schema.
pub fn touchpoint_fields() -> &'static [&'static str] {
    crate::model::schema::TOUCHPOINT_KEYS
}

/// Reads `query`, accepting only `fields` as field names.
pub fn parse(query: &str, fields: &[&str]) -> Result<Expr, ParseError> {
    let tokens = lex(query)?;
    let mut parser = Parser {
        tokens,
        at: 0,
        fields,
        end: query.len(),
    };
    if parser.tokens.is_empty() {
        return Err(ParseError {
            offset: 0,
            message: t!("query-empty"),
            hint: t!("query-empty-hint"),
        });
    }
    let expr = parser.or()?;
    match parser.tokens.get(parser.at) {
        None => Ok(expr),
        Some(t) if t.kind == Tok::Close => Err(ParseError {
            offset: t.offset,
            message: t!("query-stray-close"),
            hint: t!("query-stray-close-hint"),
        }),
        Some(t) => Err(ParseError {
            offset: t.offset,
            message: t!("query-expected-join", found = t.kind.describe()),
            hint: t!("query-expected-join-hint"),
        }),
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Word(String),
    Quoted(String),
    Op(Op),
    Open,
    Close,
}

impl Tok {
    fn describe(&self) -> String {
        match self {
            Tok::Word(w) => format!("`{w}`"),
            Tok::Quoted(t) => format!("\"{t}\""),
            Tok::Op(op) => format!("`{}`", op.as_str()),
            Tok::Open => "`(`".to_owned(),
            Tok::Close => "`)`".to_owned(),
        }
    }

    fn keyword(&self, word: &str) -> bool {
        matches!(self, Tok::Word(w) if w.eq_ignore_ascii_case(word))
    }
}

struct Token {
    kind: Tok,
    offset: usize,
}

/// Characters that end a word.
fn special(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | ')' | '=' | '!' | '<' | '>' | '~' | '"')
}

fn lex(query: &str) -> Result<Vec<Token>, ParseError> {
    let mut tokens = Vec::new();
    let mut chars = query.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let next_is = |chars: &mut std::iter::Peekable<std::str::CharIndices>, want: char| {
            chars.next_if(|&(_, n)| n == want).is_some()
        };
        let kind = match c {
            c if c.is_whitespace() => continue,
            '(' => Tok::Open,
            ')' => Tok::Close,
            '=' => Tok::Op(Op::Eq),
            '~' => Tok::Op(Op::Contains),
            '<' if next_is(&mut chars, '=') => Tok::Op(Op::Le),
            '<' => Tok::Op(Op::Lt),
            '>' if next_is(&mut chars, '=') => Tok::Op(Op::Ge),
            '>' => Tok::Op(Op::Gt),
            '!' if next_is(&mut chars, '=') => Tok::Op(Op::Ne),
            '!' => {
                return Err(ParseError {
                    offset,
                    message: t!("query-bang"),
                    hint: t!("query-bang-hint"),
                });
            }
            '"' => {
                let mut text = String::new();
                let mut closed = false;
                while let Some((_, c)) = chars.next() {
                    match c {
                        '"' => {
                            closed = true;
                            break;
                        }
                        '\\' => match chars.next() {
                            Some((_, e @ ('"' | '\\'))) => text.push(e),
                            Some((at, _)) => {
                                return Err(ParseError {
                                    offset: at,
                                    message: t!("query-bad-escape"),
                                    hint: t!("query-bad-escape-hint"),
                                });
                            }
                            None => break,
                        },
                        c => text.push(c),
                    }
                }
                if !closed {
                    return Err(ParseError {
                        offset,
                        message: t!("query-unclosed-quote"),
                        hint: t!("query-unclosed-quote-hint"),
                    });
                }
                Tok::Quoted(text)
            }
            c => {
                let mut word = String::from(c);
                while let Some((_, c)) = chars.next_if(|&(_, c)| !special(c)) {
                    word.push(c);
                }
                Tok::Word(word)
            }
        };
        tokens.push(Token { kind, offset });
    }
    Ok(tokens)
}

/// A word as a number, when it is one (`-1`, `2.5`; never `inf` or `nan`).
fn number(word: &str) -> Option<f64> {
    if !word.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse::<f64>().ok().filter(|n| n.is_finite())
}

const KEYWORDS: [&str; 3] = ["and", "or", "not"];

struct Parser<'f> {
    tokens: Vec<Token>,
    at: usize,
    fields: &'f [&'f str],
    end: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn offset(&self) -> usize {
        self.peek().map_or(self.end, |t| t.offset)
    }

    fn eat_keyword(&mut self, word: &str) -> bool {
        let found = self.peek().is_some_and(|t| t.kind.keyword(word));
        if found {
            self.at += 1;
        }
        found
    }

    fn or(&mut self) -> Result<Expr, ParseError> {
        let mut operands = vec![self.and()?];
        while self.eat_keyword("or") {
            operands.push(self.and()?);
        }
        Ok(if operands.len() == 1 {
            operands.remove(0)
        } else {
            Expr::Or(operands)
        })
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        let mut operands = vec![self.unary()?];
        while self.eat_keyword("and") {
            operands.push(self.unary()?);
        }
        Ok(if operands.len() == 1 {
            operands.remove(0)
        } else {
            Expr::And(operands)
        })
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        if self.eat_keyword("not") {
            return Ok(Expr::Not(Box::new(self.unary()?)));
        }
        self.primary()
    }

    fn expected_condition(&self) -> ParseError {
        let found = self
            .peek()
            .map_or_else(|| t!("query-the-end"), |t| t.kind.describe());
        ParseError {
            offset: self.offset(),
            message: t!("query-expected-condition", found = found),
            hint: t!("query-fields", fields = self.fields.join(", ")),
        }
    }

    fn primary(&mut self) -> Result<Expr, ParseError> {
        let Some(token) = self.peek() else {
            return Err(self.expected_condition());
        };
        let open_at = token.offset;
        match &token.kind {
            Tok::Open => {
                self.at += 1;
                let inner = self.or()?;
                match self.peek() {
                    Some(t) if t.kind == Tok::Close => {
                        self.at += 1;
                        Ok(inner)
                    }
                    _ => Err(ParseError {
                        offset: open_at,
                        message: t!("query-unclosed-group"),
                        hint: t!("query-unclosed-group-hint"),
                    }),
                }
            }
            Tok::Word(word) if !KEYWORDS.iter().any(|k| word.eq_ignore_ascii_case(k)) => {
                let Some(field) = self.fields.iter().find(|f| **f == word.as_str()) else {
                    let hint = match crate::suggest::closest(word, self.fields.iter().copied()) {
                        Some(near) => t!("did-you-mean", near = near),
                        None => t!("query-fields", fields = self.fields.join(", ")),
                    };
                    return Err(ParseError {
                        offset: open_at,
                        message: t!("query-unknown-field", field = word),
                        hint,
                    });
                };
                let field = (*field).to_owned();
                self.at += 1;
                let Some(Token {
                    kind: Tok::Op(op), ..
                }) = self.peek()
                else {
                    return Ok(Expr::Set(field));
                };
                let op = *op;
                self.at += 1;
                let value = match self.peek().map(|t| &t.kind) {
                    Some(Tok::Quoted(text)) => Value::Text(text.clone()),
                    Some(Tok::Word(word)) => match number(word) {
                        Some(n) => Value::Number(n),
                        None => Value::Text(word.clone()),
                    },
                    other => {
                        let found = other.map_or_else(|| t!("query-the-end"), Tok::describe);
                        return Err(ParseError {
                            offset: self.offset(),
                            message: t!("query-expected-value", op = op.as_str(), found = found),
                            hint: t!("query-expected-value-hint"),
                        });
                    }
                };
                self.at += 1;
                Ok(Expr::Compare { field, op, value })
            }
            _ => Err(self.expected_condition()),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{n}"),
            Value::Text(t) => {
                let bare = !t.is_empty()
                    && !t.chars().any(special)
                    && number(t).is_none()
                    && !KEYWORDS.iter().any(|k| t.eq_ignore_ascii_case(k));
                if bare {
                    f.write_str(t)
                } else {
                    write!(f, "\"{}\"", t.replace('\\', "\\\\").replace('"', "\\\""))
                }
            }
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let join =
            |f: &mut fmt::Formatter<'_>, items: &[Expr], word: &str, group: fn(&Expr) -> bool| {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, " {word} ")?;
                    }
                    if group(item) {
                        write!(f, "({item})")?;
                    } else {
                        write!(f, "{item}")?;
                    }
                }
                Ok(())
            };
        match self {
            Expr::Or(items) => join(f, items, "or", |e| matches!(e, Expr::Or(_))),
            Expr::And(items) => join(f, items, "and", |e| matches!(e, Expr::Or(_) | Expr::And(_))),
            Expr::Not(inner) => match **inner {
                Expr::Or(_) | Expr::And(_) => write!(f, "not ({inner})"),
                _ => write!(f, "not {inner}"),
            },
            Expr::Compare { field, op, value } => write!(f, "{field} {} {value}", op.as_str()),
            Expr::Set(field) => f.write_str(field),
        }
    }
}

impl Expr {
    /// Whether an item passes, given the value of each of its fields by name.
    pub fn matches(&self, get: &dyn Fn(&str) -> Option<FieldValue>) -> bool {
        match self {
            Expr::And(items) => items.iter().all(|e| e.matches(get)),
            Expr::Or(items) => items.iter().any(|e| e.matches(get)),
            Expr::Not(inner) => !inner.matches(get),
            Expr::Set(field) => get(field).is_some(),
            Expr::Compare { field, op, value } => match get(field) {
                None => *op == Op::Ne,
                Some(FieldValue::List(items)) if *op == Op::Ne => {
                    !items.iter().any(|v| compare(v, Op::Eq, value))
                }
                Some(have) => compare(&have, *op, value),
            },
        }
    }

    /// The field names the query uses, in order of first use.
    pub fn fields(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect_fields(&mut out);
        out
    }

    fn collect_fields<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::And(items) | Expr::Or(items) => {
                items.iter().for_each(|e| e.collect_fields(out));
            }
            Expr::Not(inner) => inner.collect_fields(out),
            Expr::Compare { field, .. } | Expr::Set(field) => {
                if !out.contains(&field.as_str()) {
                    out.push(field);
                }
            }
        }
    }
}

/// Whether one stored value stands in relation `op` to the query's value.
fn compare(have: &FieldValue, op: Op, want: &Value) -> bool {
    use std::cmp::Ordering;
    let ordered = |ord: Option<Ordering>| {
        ord.is_some_and(|o| match op {
            Op::Eq => o == Ordering::Equal,
            Op::Ne => o != Ordering::Equal,
            Op::Lt => o == Ordering::Less,
            Op::Le => o != Ordering::Greater,
            Op::Gt => o == Ordering::Greater,
            Op::Ge => o != Ordering::Less,
            Op::Contains => false,
        })
    };
    let want_text = match want {
        Value::Number(n) => crate::text::number(*n),
        Value::Text(t) => t.clone(),
    };
    match have {
        FieldValue::List(items) => items.iter().any(|v| compare(v, op, want)),
        FieldValue::Table(pairs) => pairs.iter().any(|(_, v)| compare(v, op, want)),
        FieldValue::Integer(_) | FieldValue::Float(_) => {
            let n = match have {
                FieldValue::Integer(i) => *i as f64,
                FieldValue::Float(x) => *x,
                _ => return false,
            };
            match want {
                Value::Number(w) if op != Op::Contains => ordered(n.partial_cmp(w)),
                _ => text_compare(&crate::text::number(n), op, &want_text, ordered),
            }
        }
        FieldValue::Date(date) => match want_text.parse::<crate::model::Date>() {
            Ok(w) if op != Op::Contains => ordered(Some(date.cmp(&w))),
            _ => text_compare(&date.to_string(), op, &want_text, ordered),
        },
        FieldValue::Bool(b) => {
            let w = match want_text.to_lowercase().as_str() {
                "true" | "yes" => Some(true),
                "false" | "no" => Some(false),
                _ => None,
            };
            match (op, w) {
                (Op::Eq, Some(w)) => *b == w,
                (Op::Ne, Some(w)) => *b != w,
                _ => false,
            }
        }
        FieldValue::Text(t) => text_compare(t, op, &want_text, ordered),
    }
}

fn text_compare(
    have: &str,
    op: Op,
    want: &str,
    ordered: impl Fn(Option<std::cmp::Ordering>) -> bool,
) -> bool {
    let (have, want) = (have.trim().to_lowercase(), want.trim().to_lowercase());
    match op {
        Op::Contains => have.contains(&want),
        _ => ordered(Some(have.cmp(&want))),
    }
}

/// The value of a touchpoint's field for a query: its schema field, except
/// that `stage` is both the stage's id and its name, so either matches.
pub fn touchpoint_value(map: &Map, t: &Touchpoint, field: &str) -> Option<FieldValue> {
    match field {
        "id" => Some(FieldValue::Text(t.id.to_string())),
        "stage" => {
            let mut both = vec![FieldValue::Text(t.stage.to_string())];
            if let Some(stage) = map.stage(t.stage.as_str()) {
                both.push(FieldValue::Text(stage.name.clone()));
            }
            Some(FieldValue::List(both))
        }
        // A department by id matches by its name too.
        "owner" => match map.department(&t.owner) {
            Some(department) => Some(FieldValue::List(vec![
                FieldValue::Text(t.owner.clone()),
                FieldValue::Text(department.name.clone()),
            ])),
            None => t.get(field),
        },
        _ => t.get(field),
    }
}

/// The touchpoints of `map` that `query` matches, in map order.
pub fn touchpoints<'m>(map: &'m Map, query: &Expr) -> Vec<&'m Touchpoint> {
    map.touchpoints
        .iter()
        .filter(|t| query.matches(&|field| touchpoint_value(map, t, field)))
        .map(|t| &**t)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(query: &str) -> Result<Expr, ParseError> {
        parse(query, touchpoint_fields())
    }

    #[test]
    fn precedence_is_not_then_and_then_or() {
        let expr = p("owner = logistics or emotion <= -1 and not evidence").unwrap();
        let want = Expr::Or(vec![
            Expr::Compare {
                field: "owner".into(),
                op: Op::Eq,
                value: Value::Text("logistics".into()),
            },
            Expr::And(vec![
                Expr::Compare {
                    field: "emotion".into(),
                    op: Op::Le,
                    value: Value::Number(-1.0),
                },
                Expr::Not(Box::new(Expr::Set("evidence".into()))),
            ]),
        ]);
        assert_eq!(expr, want);
        assert_eq!(
            expr.to_string(),
            "owner = logistics or emotion <= -1 and not evidence"
        );
    }

    #[test]
    fn parentheses_group_and_print_back() {
        let expr = p("(owner=a OR owner = \"b c\") and not (emotion>0)").unwrap();
        assert_eq!(
            expr.to_string(),
            "(owner = a or owner = \"b c\") and not emotion > 0"
        );
    }

    #[test]
    fn errors_point_at_the_problem() {
        let cases = [
            ("owner = ", 8, "expected a value"),
            ("ownr = x", 0, "unknown field `ownr`"),
            ("(owner = x", 0, "never closed"),
            ("owner = x)", 9, "closes no"),
            ("owner = x owner", 10, "expected `and`"),
            ("owner ! x", 6, "`!` alone"),
            ("name = \"open", 7, "never closed"),
            ("", 0, "empty"),
            ("and", 0, "expected a field name"),
        ];
        for (query, offset, message) in cases {
            let err = p(query).unwrap_err();
            assert_eq!(err.offset, offset, "{query}: {err:?}");
            assert!(err.message.contains(message), "{query}: {err:?}");
        }
        assert_eq!(p("ownr = x").unwrap_err().hint, "did you mean `owner`?");
    }

    #[test]
    fn the_column_counts_display_width() {
        let query = "name = 日本 )";
        let err = p(query).unwrap_err();
        assert_eq!(err.column(query), 13);
    }

    #[test]
    fn matches_fields_of_a_touchpoint() {
        let map = crate::generated(40, 7);
        let all = map.touchpoints.len();
        let pick = |q: &str| touchpoints(&map, &p(q).unwrap()).len();
        let unrated = map
            .touchpoints
            .iter()
            .filter(|t| t.emotion.is_none())
            .count();
        let low = map
            .touchpoints
            .iter()
            .filter(|t| t.emotion.is_some_and(|e| e.get() <= -1))
            .count();
        assert_eq!(pick("emotion <= -1"), low);
        assert_eq!(pick("not emotion"), unrated);
        assert_eq!(pick("emotion <= -1 or not (emotion <= -1)"), all);
        let without = map
            .touchpoints
            .iter()
            .filter(|t| t.evidence.is_empty())
            .count();
        assert_eq!(pick("not evidence"), without);
        let first = &map.touchpoints[0];
        let stage = map.stage(first.stage.as_str()).unwrap();
        let in_stage = map.touchpoints_in(first.stage.as_str()).count();
        assert_eq!(pick(&format!("stage = {}", first.stage)), in_stage);
        assert_eq!(
            pick(&format!(
                "stage = {}",
                Value::Text(stage.name.to_uppercase())
            )),
            in_stage
        );
    }

    fn word() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z][a-z0-9_-]{0,8}",
            "[ąćęłńóśźżа-яåäö]{1,6}",
            ".{0,12}",
            Just("and".to_owned()),
            Just("12".to_owned()),
        ]
    }

    fn leaf() -> impl Strategy<Value = Expr> {
        let field = prop::sample::select(touchpoint_fields().to_vec()).prop_map(str::to_owned);
        let value = prop_oneof![
            word().prop_map(Value::Text),
            (-1000i32..1000).prop_map(|n| Value::Number(f64::from(n))),
            (-1000i32..1000).prop_map(|n| Value::Number(f64::from(n) / 8.0)),
        ];
        prop_oneof![
            field.clone().prop_map(Expr::Set),
            (field, prop::sample::select(Op::ALL.to_vec()), value)
                .prop_map(|(field, op, value)| Expr::Compare { field, op, value }),
        ]
    }

    fn expr() -> impl Strategy<Value = Expr> {
        leaf().prop_recursive(4, 24, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 2..4).prop_map(Expr::And),
                prop::collection::vec(inner.clone(), 2..4).prop_map(Expr::Or),
                inner.prop_map(|e| Expr::Not(Box::new(e))),
            ]
        })
    }

    proptest! {
        #[test]
        fn printing_and_parsing_round_trip(e in expr()) {
            let text = e.to_string();
            prop_assert_eq!(p(&text), Ok(e), "{}", text);
        }

        #[test]
        fn parsing_never_panics(text in ".{0,40}") {
            if let Ok(e) = p(&text) {
                prop_assert_eq!(p(&e.to_string()), Ok(e));
            }
        }
    }
}
