//! Only the language in use is parsed, and of it only the files of the
//! messages shown: a process speaking Polish parses the Polish message
//! files it needs (English's only for a message missing from Polish), and
//! Russian's and Swedish's only when the language is switched to them (the
//! palette's language switch). One test in its own process, so no other
//! test has parsed a language before it.

use cjm::i18n::{self, Lang};
use cjm::{t, t_in};

#[test]
fn a_language_is_parsed_on_its_first_message_only() {
    for lang in Lang::LOCALES {
        assert!(!i18n::is_parsed(lang), "{lang} parsed before any message");
    }

    i18n::set_current(Lang::Pl);
    assert_eq!(t!("template-stage-purchase"), "Zakup");
    assert!(i18n::is_parsed(Lang::Pl));
    assert_eq!(i18n::parsed_files(Lang::Pl), 1, "one file of Polish's");
    assert_eq!(t!("template-stage-awareness"), "Świadomość");
    assert_eq!(
        i18n::parsed_files(Lang::Pl),
        1,
        "a message of the same file"
    );
    for lang in [Lang::Ru, Lang::Sv] {
        assert!(!i18n::is_parsed(lang), "{lang} parsed for a Polish message");
    }

    // A message no language has is its id, without parsing a file.
    assert_eq!(t!("no-such-message"), "no-such-message");
    assert!(!i18n::is_parsed(Lang::En));

    i18n::set_current(Lang::Sv);
    assert_eq!(t!("template-stage-purchase"), "Köp");
    assert!(i18n::is_parsed(Lang::Sv));
    assert!(!i18n::is_parsed(Lang::Ru));
    // Parsed ahead, on another thread (as the app's start does), and
    // then used as if parsed here.
    let ahead = std::thread::spawn(|| i18n::prepare(Lang::Ru));
    assert!(ahead.join().is_ok());
    assert!(i18n::is_parsed(Lang::Ru));
    // All of them.
    let folder =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/cjm-core/locales/ru");
    let files = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
                .count()
        })
        .unwrap_or(0);
    assert!(files > 20, "{files} files");
    assert_eq!(i18n::parsed_files(Lang::Ru), files);
    assert_eq!(t_in!(Lang::Ru, "template-stage-purchase"), "Покупка");
}
