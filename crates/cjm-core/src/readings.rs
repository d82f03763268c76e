//! Metric readings from a spreadsheet: `cjm readings import`.
//!
//! [`parse`] reads a CSV file of dates and values as spreadsheets write
//! them: comma- or semicolon-separated (semicolons where the decimal mark is
//! a comma), with or without a header row, dates as `2027-03-31` or
//! `31.03.2027`, numbers with a decimal point or comma. Every row it cannot
//! read comes back as a [`BadRow`] with its line and what is wrong.
//! [`add`] then puts the readings into a metric, sorted by date, skipping
//! those it already has.

use crate::model::{Date, Metric, Reading};
use crate::t;

/// One reading read from the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The 1-based line of the file.
    pub line: usize,
    pub date: Date,
    pub value: f64,
}

/// A row that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRow {
    pub line: usize,
    /// What is wrong, and how to write it.
    pub message: String,
}

/// What [`parse`] found in a file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parsed {
    pub rows: Vec<Row>,
    pub bad: Vec<BadRow>,
    /// The column separator found: `,`, `;` or a tab.
    pub delimiter: char,
    /// Whether the first row was a header.
    pub header: bool,
}

/// Header names of the date column, in the languages cjm speaks.
const DATE_NAMES: [&str; 6] = ["date", "day", "data", "datum", "дата", "dzień"];
/// Header names of the value column.
const VALUE_NAMES: [&str; 6] = ["value", "wartość", "значение", "värde", "wert", "valeur"];

/// Reads the readings of a CSV text.
pub fn parse(text: &str) -> Parsed {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = if first.contains(';') {
        ';'
    } else if first.contains('\t') {
        '\t'
    } else {
        ','
    };
    let mut parsed = Parsed {
        delimiter,
        ..Parsed::default()
    };
    let (mut date_col, mut value_col) = (0, 1);
    let mut first_row = true;
    // Line by line, so that each row keeps its line in the file; a reading
    // never spans lines.
    for (i, text) in text.lines().enumerate() {
        let line = i + 1;
        if text.trim().is_empty() {
            continue;
        }
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter as u8)
            .from_reader(text.as_bytes());
        let record = match reader.records().next() {
            Some(Ok(record)) => record,
            Some(Err(err)) => {
                parsed.bad.push(BadRow {
                    line,
                    message: t!("readings-unreadable-row", error = err.to_string()),
                });
                continue;
            }
            None => continue,
        };
        let cells: Vec<&str> = record.iter().map(str::trim).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        // A first row with no date and no number in it is a header.
        let header = date(cells[0]).is_none() && !cells.iter().any(|c| number(c).is_some());
        if std::mem::take(&mut first_row) && header {
            let position = |names: &[&str]| {
                cells
                    .iter()
                    .position(|c| names.iter().any(|n| c.to_lowercase() == *n))
            };
            if let Some(at) = position(&DATE_NAMES) {
                date_col = at;
            }
            value_col = position(&VALUE_NAMES).unwrap_or_else(|| {
                (0..cells.len().max(2))
                    .find(|&i| i != date_col)
                    .unwrap_or(1)
            });
            parsed.header = true;
            continue;
        }
        match row(&cells, date_col, value_col, delimiter) {
            Ok((date, value)) => {
                if let Some(earlier) = parsed.rows.iter().find(|r| r.date == date) {
                    if earlier.value != value {
                        parsed.bad.push(BadRow {
                            line,
                            message: t!(
                                "readings-date-twice",
                                date = date.to_string(),
                                line = earlier.line,
                                value = crate::text::number(earlier.value)
                            ),
                        });
                    }
                    continue;
                }
                parsed.rows.push(Row { line, date, value });
            }
            Err(problem) => parsed.bad.push(BadRow {
                line,
                message: problem.to_string(),
            }),
        }
    }
    parsed
}

/// What is wrong with one row of readings.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
enum RowError {
    /// The date cell (1-based `column`) is empty or missing.
    #[error("{}", t!("readings-missing-date", column = *column))]
    MissingDate { column: usize },
    /// The value cell (1-based `column`) is empty or missing.
    #[error("{}", t!("readings-missing-value", column = *column))]
    MissingValue { column: usize },
    #[error("{}", t!("readings-not-a-date", text = text.as_str()))]
    NotADate { text: String },
    #[error("{}", t!("readings-not-a-number", text = text.as_str()))]
    NotANumber { text: String },
    /// A decimal comma in a comma-separated file split the value in two.
    #[error("{}", t!("readings-decimal-comma", text = text.as_str()))]
    DecimalComma { text: String },
}

/// The date and value of one row, or what is wrong with it.
fn row(
    cells: &[&str],
    date_col: usize,
    value_col: usize,
    delimiter: char,
) -> Result<(Date, f64), RowError> {
    let cell = |at: usize| cells.get(at).copied().filter(|c| !c.is_empty());
    let date_text = cell(date_col).ok_or(RowError::MissingDate {
        column: date_col + 1,
    })?;
    let value_text = cell(value_col).ok_or(RowError::MissingValue {
        column: value_col + 1,
    })?;
    let date = date(date_text).ok_or_else(|| RowError::NotADate {
        text: date_text.to_owned(),
    })?;
    let value = number(value_text).ok_or_else(|| RowError::NotANumber {
        text: value_text.to_owned(),
    })?;
    if delimiter == ','
        && cells.len() > 2
        && value_col == 1
        && date_col == 0
        && number(cells[2]).is_some()
    {
        return Err(RowError::DecimalComma {
            text: format!("{},{}", cells[1], cells[2]),
        });
    }
    Ok((date, value))
}

/// `2027-03-31` or `31.03.2027` (also `1.3.2027`).
pub fn date(text: &str) -> Option<Date> {
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    let mut parts = text.split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 {
        return None;
    }
    let number = |s: &str| {
        (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i16>().ok())
            .flatten()
    };
    let (day, month, year) = (number(day)?, number(month)?, number(year)?);
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// A number with a decimal point or comma; spaces as thousands separators
/// and a trailing `%` are allowed (`1 234,5`, `73%`).
pub fn number(text: &str) -> Option<f64> {
    let text = text.trim().trim_end_matches('%').trim_end();
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let normal = match (digits.rfind(','), digits.rfind('.')) {
        // Both marks: the last one is the decimal mark.
        (Some(comma), Some(point)) if comma > point => digits.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => digits.replace(',', ""),
        (Some(_), None) if digits.matches(',').count() == 1 => digits.replace(',', "."),
        (Some(_), None) => return None,
        _ => digits,
    };
    let ok = normal
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'))
        && normal.bytes().any(|b| b.is_ascii_digit());
    ok.then(|| normal.parse::<f64>().ok())
        .flatten()
        .filter(|n| n.is_finite())
}

/// A row whose date the metric already has with another value.
#[derive(Clone, Debug, PartialEq)]
pub struct Clash {
    pub line: usize,
    pub date: Date,
    /// The value in the map.
    pub kept: f64,
    /// The value in the file.
    pub offered: f64,
}

/// What [`add`] did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Added {
    /// The readings added (or replaced), in date order.
    pub added: Vec<Reading>,
    /// Rows the metric already had: same date, same value.
    pub duplicates: usize,
    /// Rows with a date the metric has with another value (kept, unless `replace`).
    pub clashes: Vec<Clash>,
}

/// Puts `rows` into the metric's readings, sorted by date. A row with the
/// date and value of a reading already there is skipped; one with the date
/// of a reading with another value is a [`Clash`]: the map's value stays,
/// unless `replace` is set, when the file's value replaces it.
pub fn add(metric: &mut Metric, rows: &[Row], replace: bool) -> Added {
    let mut result = Added::default();
    for row in rows {
        match metric.readings.iter_mut().find(|r| r.date == row.date) {
            Some(r) if r.value == row.value => result.duplicates += 1,
            Some(r) => {
                result.clashes.push(Clash {
                    line: row.line,
                    date: row.date,
                    kept: r.value,
                    offered: row.value,
                });
                if replace {
                    r.value = row.value;
                    result.added.push(r.clone());
                }
            }
            None => {
                let reading = Reading {
                    date: row.date,
                    value: row.value,
                };
                metric.readings.push(reading.clone());
                result.added.push(reading);
            }
        }
    }
    metric.readings.sort_by_key(|r| r.date);
    result.added.sort_by_key(|r| r.date);
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn reads_both_decimal_marks_and_date_styles() {
        let comma = parse("Datum;Wert\n31.03.2027;4,5\n30.04.2027;1 234,25\n");
        assert_eq!(comma.delimiter, ';');
        assert!(comma.header);
        assert_eq!(comma.bad, vec![]);
        let values: Vec<(Date, f64)> = comma.rows.iter().map(|r| (r.date, r.value)).collect();
        assert_eq!(
            values,
            vec![(d("2027-03-31"), 4.5), (d("2027-04-30"), 1234.25)]
        );
        let point = parse("2027-03-31,4.5\n2027-04-30,\"5,5\"\n");
        assert_eq!(point.delimiter, ',');
        assert!(!point.header);
        assert_eq!(point.rows[1].value, 5.5);
        assert_eq!(point.rows[1].line, 2);
    }

    #[test]
    fn the_header_names_the_columns() {
        let parsed = parse("value,note,date\n42,fine,2027-01-31\n");
        assert_eq!(parsed.rows[0].date, d("2027-01-31"));
        assert_eq!(parsed.rows[0].value, 42.0);
    }

    #[test]
    fn bad_rows_name_their_line() {
        let parsed = parse(
            "date;value\n2027-01-31;1\n\n31/01/2027;2\n2027-02-28;lots\n2027-03-31\n32.03.2027;1\n2027-01-31;7\n",
        );
        let lines: Vec<usize> = parsed.bad.iter().map(|b| b.line).collect();
        assert_eq!(lines, vec![4, 5, 6, 7, 8], "{:?}", parsed.bad);
        assert!(parsed.bad[0].message.contains("`31/01/2027` is not a date"));
        assert!(parsed.bad[1].message.contains("`lots` is not a number"));
        assert!(parsed.bad[2].message.contains("value is missing"));
        assert!(parsed.bad[4].message.contains("already on line 2"));
        assert_eq!(parsed.rows.len(), 1);
    }

    #[test]
    fn a_decimal_comma_in_a_comma_separated_file_is_reported() {
        let parsed = parse("2027-01-31,4,5\n");
        assert_eq!(parsed.rows, vec![]);
        assert!(
            parsed.bad[0].message.contains("decimal comma"),
            "{:?}",
            parsed.bad
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(number("4,5"), Some(4.5));
        assert_eq!(number("-1.234,5"), Some(-1234.5));
        assert_eq!(number("1,234.5"), Some(1234.5));
        assert_eq!(number("73 %"), Some(73.0));
        assert_eq!(number("1,2,3"), None);
        assert_eq!(number("inf"), None);
        assert_eq!(number(""), None);
        assert_eq!(date("1.3.2027"), Some(d("2027-03-01")));
        assert_eq!(date("31.02.2027"), None);
        assert_eq!(date("31.03.27"), None);
    }

    #[test]
    fn add_sorts_and_skips_duplicates() {
        let mut map = crate::generated(10, 3);
        let metric = &mut map.metrics[0];
        metric.readings = vec![Reading {
            date: d("2027-02-28"),
            value: 2.0,
        }];
        let rows = parse("2027-03-31;3\n2027-01-31;1\n2027-02-28;2\n").rows;
        let added = add(metric, &rows, false);
        assert_eq!(added.duplicates, 1);
        assert_eq!(added.added.len(), 2);
        let dates: Vec<String> = metric.readings.iter().map(|r| r.date.to_string()).collect();
        assert_eq!(dates, ["2027-01-31", "2027-02-28", "2027-03-31"]);
        let again = add(metric, &rows, false);
        assert_eq!((again.added.len(), again.duplicates), (0, 3));
        let other = parse("2027-02-28;9\n").rows;
        let clash = add(metric, &other, false);
        assert_eq!(clash.clashes.len(), 1);
        assert_eq!(metric.readings[1].value, 2.0);
        add(metric, &other, true);
        assert_eq!(metric.readings[1].value, 9.0);
    }
}
