//! Dates as each language writes them: 31.03.2027 in Polish and Russian,
//! 2027-03-31 in Swedish and English (ISO 8601, what the file keeps). Input
//! takes both forms in every language: the dots make the order plain.

use jiff::civil::Date;

use super::Lang;

/// `date` as `lang` usually writes it.
pub fn format(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Pl | Lang::Ru => format!("{:02}.{:02}.{:04}", date.day(), date.month(), date.year()),
        Lang::En | Lang::Sv | Lang::Pseudo => date.to_string(),
    }
}

/// A typed date: `2027-03-31`, or day first with dots, `31.03.2027` (also
/// `1.3.2027`). `None` for anything else, or a day that does not exist.
pub fn parse(typed: &str) -> Option<Date> {
    let typed = typed.trim();
    if let Ok(date) = typed.parse::<Date>() {
        return Some(date);
    }
    let mut parts = typed.split('.');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some()
        || !(1..=2).contains(&day.len())
        || !(1..=2).contains(&month.len())
        || year.len() != 4
    {
        return None;
    }
    Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()
}

/// A typed date in the file's form (`2027-03-31`); text that is not a date
/// comes back unchanged, for the caller's own check and message.
pub fn canonical(typed: &str) -> String {
    parse(typed).map_or_else(|| typed.to_owned(), |date| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_are_read_and_each_language_writes_its_own() {
        let date = Date::new(2027, 3, 31).ok();
        assert_eq!(parse("31.03.2027"), date);
        assert_eq!(parse("2027-03-31"), date);
        assert_eq!(parse("1.3.2027"), Date::new(2027, 3, 1).ok());
        assert_eq!(parse("31.02.2027"), None);
        assert_eq!(parse("31.03.27"), None);
        assert_eq!(parse("3/31/2027"), None);
        let Some(date) = date else { return };
        assert_eq!(format(date, Lang::Pl), "31.03.2027");
        assert_eq!(format(date, Lang::Ru), "31.03.2027");
        assert_eq!(format(date, Lang::Sv), "2027-03-31");
        assert_eq!(canonical(" 31.03.2027"), "2027-03-31");
        assert_eq!(canonical("soon"), "soon");
    }
}
