//! The home screen (`cjm` with no arguments): recent maps, the maps of the
//! repository it is started in, a new map from a template, and the example
//! maps built into the program, with a fuzzy
//! filter that folds accents and case as the finder does. Choosing a new map or an example asks where to save it; nothing
//! is written to a hidden place.

use crate::t;
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::KeyEvent;
use ratatui_textarea::TextArea;

use super::action::Action;
use super::keymap::{Input, KeyMode, Keymap, Press, moved};
use super::status::Notice;
use crate::model::{MapKind, Vocabulary};
use crate::tui::finder::{Query, Searchable, Work};

/// The example maps, built into the binary so they are there wherever cjm is installed.
pub const EXAMPLES: [(&str, &str); 6] = [
    (
        "online-shop-current.toml",
        include_str!("../../maps/online-shop-current.toml"),
    ),
    (
        "online-shop-future.toml",
        include_str!("../../maps/online-shop-future.toml"),
    ),
    (
        "commuter-day-in-the-life.toml",
        include_str!("../../maps/commuter-day-in-the-life.toml"),
    ),
    (
        "ksiegarnia-polska.toml",
        include_str!("../../maps/ksiegarnia-polska.toml"),
    ),
    (
        "car-service-visit.toml",
        include_str!("../../maps/car-service-visit.toml"),
    ),
    (
        "hospital-outpatient-visit.toml",
        include_str!("../../maps/hospital-outpatient-visit.toml"),
    ),
];

/// One line of the home screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Recent(PathBuf),
    /// A map of the repository (or folder) cjm was started in, with its title.
    Repository(PathBuf, String),
    New(MapKind),
    Example(usize),
}

impl Entry {
    /// The section it is listed under and its text, in the interface
    /// language; a new map's text starts with its kind ([`Entry::name_in`]).
    pub fn describe(&self) -> (String, String) {
        match self {
            Entry::Recent(path) => (t!("home-recent"), path.display().to_string()),
            Entry::Repository(path, title) if title.is_empty() => {
                (t!("home-repository"), path.display().to_string())
            }
            Entry::Repository(path, title) => (
                t!("home-repository"),
                format!("{title} · {}", path.display()),
            ),
            Entry::New(kind) => (
                t!("home-new-map"),
                t!("home-new-map-guided", kind = kind.label()),
            ),
            Entry::Example(i) => (
                t!("home-example"),
                format!(
                    "{} · {}",
                    example_title(*i),
                    EXAMPLES.get(*i).map_or("", |(name, _)| name)
                ),
            ),
        }
    }
}

impl Entry {
    /// Where the entry's name is in `text`, its [`Entry::describe`] text
    /// (bytes): a kind of map, an example's title, a recent file's name.
    fn name_in(&self, text: &str) -> std::ops::Range<usize> {
        let name = match self {
            Entry::Repository(_, title) if !title.is_empty() => title.len(),
            Entry::Recent(path) | Entry::Repository(path, _) => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                return match text.strip_suffix(name.as_str()) {
                    Some(head) => head.len()..text.len(),
                    None => 0..text.len(),
                };
            }
            Entry::New(kind) => kind.label().len(),
            Entry::Example(i) => example_title(*i).len(),
        };
        0..name.min(text.len())
    }
}

/// An example's title, read from its text.
pub fn example_title(index: usize) -> String {
    let Some((name, text)) = EXAMPLES.get(index) else {
        return String::new();
    };
    crate::format::parse(text).map_or_else(|_| (*name).to_owned(), |m| m.title)
}

/// What the runtime should do next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HomeEffect {
    /// Open an existing map on the board.
    Open(PathBuf),
    /// Write a new file (never over an existing one), then open it.
    Create {
        path: PathBuf,
        text: String,
        guided: bool,
    },
    Quit,
}

/// The state of the home screen.
#[derive(Debug)]
pub struct Home {
    pub entries: Vec<Entry>,
    pub query: String,
    /// Index into the filtered list.
    pub selected: usize,
    /// Asking for a file name for the chosen entry.
    pub prompt: Option<(Entry, Box<TextArea<'static>>)>,
    /// The last message (an error opening or creating a file).
    pub message: Notice,
    /// The keys, the home screen's and the file-name prompt's.
    pub keymap: Keymap,
}

/// The home screen's first message: its keys.
fn home_keys(keymap: &Keymap) -> Notice {
    let actions = [Action::Down, Action::Edit, Action::Cancel];
    Notice::HomeKeys(keymap.hint_line(KeyMode::Home, &actions))
}

impl Home {
    pub fn new(recent: Vec<PathBuf>) -> Self {
        let mut entries: Vec<Entry> = recent.into_iter().take(12).map(Entry::Recent).collect();
        entries.extend(MapKind::all().iter().map(|k| Entry::New(*k)));
        entries.extend((0..EXAMPLES.len()).map(Entry::Example));
        Home {
            entries,
            query: String::new(),
            selected: 0,
            prompt: None,
            message: home_keys(&Keymap::default()),
            keymap: Keymap::default(),
        }
    }

    /// Lists `maps` (the repository's, see [`repository_maps`]) after the
    /// recent files, leaving out those already listed as recent.
    pub fn with_repository(mut self, maps: Vec<(PathBuf, String)>) -> Self {
        let recent: Vec<PathBuf> = self
            .entries
            .iter()
            .filter_map(|e| match e {
                Entry::Recent(p) => Some(p.canonicalize().unwrap_or_else(|_| p.clone())),
                _ => None,
            })
            .collect();
        let at = recent.len();
        let maps = maps
            .into_iter()
            .filter(|(m, _)| !recent.contains(&m.canonicalize().unwrap_or_else(|_| m.clone())))
            .map(|(path, title)| Entry::Repository(path, title));
        self.entries.splice(at..at, maps);
        self
    }

    /// The entries matching the filter, with the matched character
    /// positions of their text. The filter matches "section: text" as the
    /// finder matches (accents and case folded); an entry whose name (a
    /// kind of map, an example's title, a recent file's name) is or starts
    /// with the filter comes first, then the better score, then the list's
    /// order: recent files, new maps, examples.
    pub fn visible(&self) -> Vec<(&Entry, Vec<usize>)> {
        if self.query.is_empty() {
            return self.entries.iter().map(|e| (e, Vec::new())).collect();
        }
        let query = Query::new(&self.query);
        let mut work = Work::default();
        let mut hits: Vec<_> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(order, entry)| {
                let (section, text) = entry.describe();
                let line = format!("{section}: {text}");
                let offset = section.len() + 2;
                let name = entry.name_in(&text);
                let searchable =
                    Searchable::with_name(&line, name.start + offset..name.end + offset);
                let rank = query.rank(&searchable, &mut work)?;
                let offset = section.chars().count() + 2;
                let matched = query
                    .positions(&line, &searchable)
                    .into_iter()
                    .filter_map(|i| i.checked_sub(offset))
                    .collect();
                Some((rank, order, entry, matched))
            })
            .collect();
        hits.sort_by_key(|(rank, order, _, _)| (std::cmp::Reverse(*rank), *order));
        hits.into_iter().map(|(_, _, e, m)| (e, m)).collect()
    }

    pub fn paste(&mut self, text: &str) {
        match &mut self.prompt {
            Some((_, editor)) => {
                editor.insert_str(text.replace(['\r', '\n'], ""));
            }
            None => {
                self.query.push_str(&text.replace(['\r', '\n'], " "));
                self.selected = 0;
            }
        }
    }

    /// Handles a key; returns what to do when the user has chosen.
    pub fn key(&mut self, key: KeyEvent) -> Option<HomeEffect> {
        if let Some((entry, editor)) = &mut self.prompt {
            match self.keymap.action_in(KeyMode::Prompt, key) {
                Some(Action::Cancel) => self.prompt = None,
                Some(Action::Edit) => {
                    let path = PathBuf::from(editor.lines().join("").trim());
                    if path.as_os_str().is_empty() {
                        self.message = Notice::TypeFileName;
                        return None;
                    }
                    if path.exists() {
                        self.message = Notice::FileExists(path);
                        return None;
                    }
                    let entry = entry.clone();
                    return Some(create(&entry, path));
                }
                Some(_) => {}
                None => crate::tui::app::path_key(editor, key),
            }
            return None;
        }
        let last = self.visible().len().saturating_sub(1);
        match self.keymap.input(KeyMode::Home, key) {
            Input::Action(Action::Cancel | Action::Quit) => return Some(HomeEffect::Quit),
            Input::Action(action) if moved(action, self.selected, last).is_some() => {
                self.selected = moved(action, self.selected, last).unwrap_or(0);
            }
            Input::Action(Action::ClearQuery) => {
                self.query.clear();
                self.selected = 0;
            }
            // Typed text: Backspace edits the query, like a text field; it
            // is not a command, so it stays out of the keymap.
            Input::Other if Press::of(key) == Press::Backspace => {
                self.query.pop();
                self.selected = 0;
            }
            Input::Char(c) => {
                self.query.push(c);
                self.selected = 0;
            }
            Input::Action(Action::Edit) => {
                let entry = self
                    .visible()
                    .get(self.selected)
                    .map(|(e, _)| (*e).clone())?;
                match entry {
                    Entry::Recent(path) | Entry::Repository(path, _) => {
                        return Some(HomeEffect::Open(path));
                    }
                    Entry::New(kind) => self.ask_path(entry, &format!("{}.toml", kind.as_str())),
                    Entry::Example(i) => {
                        let name = EXAMPLES.get(i).map_or("example.toml", |(n, _)| n);
                        self.ask_path(entry.clone(), name);
                    }
                }
            }
            _ => {}
        }
        None
    }

    /// Reads the keys with `keymap` (the config file's) from now on.
    pub fn set_keymap(&mut self, keymap: Keymap) {
        self.message = home_keys(&keymap);
        self.keymap = keymap;
    }

    fn ask_path(&mut self, entry: Entry, default: &str) {
        let editor = crate::tui::app::path_editor(default);
        self.prompt = Some((entry, Box::new(editor)));
        self.message = Notice::WhereToSave;
    }
}

/// How many files and folders the home screen looks at to find the
/// repository's maps at most: start-up stays quick in a huge checkout.
pub const MAX_WALK: usize = 3000;

/// How many of the repository's maps the home screen lists at most.
pub const MAX_LISTED: usize = 200;

/// The maps of the repository `start` is in (the folder holding `.git`
/// above it, or `start` itself outside a repository), as paths from
/// `start` where they are below it, with their titles: `.toml` files that
/// start like a map (a `schema` key), found in a walk bounded by [`MAX_WALK`].
pub fn repository_maps(start: &Path) -> Vec<(PathBuf, String)> {
    let start = start.canonicalize().unwrap_or_else(|_| start.to_owned());
    let root = start
        .ancestors()
        .find(|dir| dir.join(".git").exists())
        .unwrap_or(&start)
        .to_owned();
    let skip = crate::portfolio::Repository::find(&root)
        .map(|repo| repo.shared_files())
        .unwrap_or_default();
    let (maps, _) = crate::portfolio::maps_in(&root, &skip, Some(MAX_WALK));
    maps.into_iter()
        .filter_map(|path| map_title(&path).map(|title| (path, title)))
        .take(MAX_LISTED)
        .map(|(path, title)| match path.strip_prefix(&start) {
            Ok(below) => (below.to_owned(), title),
            Err(_) => (path, title),
        })
        .collect()
}

/// The title of a `.toml` file whose first lines set `schema`, as every map
/// does (empty when they set no title); `None` for any other file
/// (`Cargo.toml`, `cjm.toml` and other settings files).
fn map_title(path: &Path) -> Option<String> {
    use std::io::Read as _;
    let mut head = [0u8; 2048];
    let read = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .ok()?;
    let head = String::from_utf8_lossy(&head[..read]);
    let sets = |line: &str, key: &str| {
        line.strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with('='))
    };
    let lines: Vec<&str> = head.lines().map(str::trim_start).collect();
    if !lines.iter().any(|line| sets(line, "schema")) {
        return None;
    }
    let title = lines
        .iter()
        .find(|line| sets(line, "title"))
        .and_then(|line| line.parse::<toml::Table>().ok())
        .and_then(|t| t.get("title")?.as_str().map(crate::text::clean))
        .unwrap_or_default();
    Some(title)
}

/// The file to write for a chosen entry.
fn create(entry: &Entry, path: PathBuf) -> HomeEffect {
    match entry {
        Entry::New(kind) => {
            let title = crate::model::template::title_from_path(&path);
            let today = jiff::ZonedDateTime::now().date();
            let map = crate::model::template::new_map(*kind, &title, Some(today));
            HomeEffect::Create {
                path,
                text: crate::format::to_toml(&map),
                guided: true,
            }
        }
        Entry::Example(i) => {
            let text = EXAMPLES.get(*i).map_or("", |(_, t)| t).to_owned();
            HomeEffect::Create {
                path,
                text,
                guided: false,
            }
        }
        Entry::Recent(p) | Entry::Repository(p, _) => HomeEffect::Open(p.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn press(home: &mut Home, code: KeyCode) -> Option<HomeEffect> {
        home.key(KeyEvent::new(code, KeyModifiers::NONE))
    }

    #[test]
    fn the_repositorys_maps_are_listed_and_open() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let root = dir.path();
        std::fs::create_dir_all(root.join(".git"))?;
        std::fs::create_dir_all(root.join("team/maps"))?;
        std::fs::create_dir_all(root.join("tools"))?;
        std::fs::write(root.join("team/maps/zwroty.toml"), EXAMPLES[3].1)?;
        std::fs::write(root.join("Cargo.toml"), "[package]\nname = \"x\"\n")?;
        std::fs::write(root.join("tools/notes.toml"), "# schema\ntitle = \"x\"\n")?;
        let from_team = repository_maps(&root.join("team"));
        let title = example_title(3);
        assert_eq!(
            from_team,
            vec![(PathBuf::from("maps/zwroty.toml"), title.clone())]
        );
        let from_tools = repository_maps(&root.join("tools"));
        assert_eq!(from_tools.len(), 1);
        assert!(from_tools[0].0.ends_with("team/maps/zwroty.toml"));
        let recent = root.join("team/maps/zwroty.toml");
        let listed = Home::new(vec![recent.clone()]).with_repository(from_tools.clone());
        assert_eq!(
            listed
                .entries
                .iter()
                .filter(|e| matches!(e, Entry::Repository(..)))
                .count(),
            0
        );
        let mut home = Home::new(Vec::new()).with_repository(from_team);
        assert_eq!(
            home.entries.first(),
            Some(&Entry::Repository(PathBuf::from("maps/zwroty.toml"), title))
        );
        for c in "zwroty".chars() {
            press(&mut home, KeyCode::Char(c));
        }
        assert_eq!(
            press(&mut home, KeyCode::Enter),
            Some(HomeEffect::Open(PathBuf::from("maps/zwroty.toml")))
        );
        Ok(())
    }

    #[test]
    fn every_example_is_a_valid_map() {
        for (name, text) in EXAMPLES {
            assert!(crate::format::parse(text).is_ok(), "{name}");
        }
    }

    #[test]
    fn the_filter_finds_an_example_and_asks_where_to_save_it()
    -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let mut home = Home::new(Vec::new());
        for c in "księgarnie".chars() {
            press(&mut home, KeyCode::Char(c));
        }
        let first = home.visible().first().map(|(e, _)| (*e).clone());
        assert_eq!(first, Some(Entry::Example(3)));
        assert_eq!(press(&mut home, KeyCode::Enter), None);
        let (_, editor) = home.prompt.as_mut().ok_or("no prompt")?;
        editor.select_all();
        editor.cut();
        let target = dir.path().join("kopia.toml");
        editor.insert_str(target.display().to_string());
        match press(&mut home, KeyCode::Enter) {
            Some(HomeEffect::Create { path, text, guided }) => {
                assert_eq!(path, target);
                assert_eq!(text, EXAMPLES[3].1);
                assert!(!guided);
            }
            other => return Err(format!("unexpected {other:?}").into()),
        }
        Ok(())
    }

    /// The entries the filter `query` lists, as the home screen shows them.
    fn filtered(query: &str) -> Vec<(String, String)> {
        let mut home = Home::new(vec![PathBuf::from("maps/żółty-list.toml")]);
        for c in query.chars() {
            press(&mut home, KeyCode::Char(c));
        }
        home.visible()
            .into_iter()
            .map(|(e, _)| e.describe())
            .collect()
    }

    #[test]
    fn a_new_map_whose_name_starts_with_the_filter_comes_first() {
        let first = filtered("day").into_iter().next();
        assert_eq!(
            first,
            Some((
                "New map".to_owned(),
                "Day in the life (guided workshop)".to_owned()
            ))
        );
        // The example about a day in the life is still found, after it.
        let listed = filtered("day");
        assert!(
            listed
                .iter()
                .any(|(_, text)| text.ends_with("commuter-day-in-the-life.toml")),
            "{listed:?}"
        );
        // A name that is the filter, before examples that end with it.
        let first = filtered("future state").into_iter().next();
        assert_eq!(
            first,
            Some((
                "New map".to_owned(),
                "Future state (guided workshop)".to_owned()
            ))
        );
    }

    #[test]
    fn the_filter_folds_accents_and_case() -> Result<(), Box<dyn std::error::Error>> {
        let first = |query| filtered(query).into_iter().next().map(|(_, text)| text);
        let polish = Some(format!("{} · ksiegarnia-polska.toml", example_title(3)));
        for query in ["ksiegarnie zakladka", "KSIĘGARNIE ZAKŁADKA", "Księgarnie"] {
            assert_eq!(first(query), polish, "filter {query:?}");
        }
        assert_eq!(
            first("zolty"),
            Some("maps/żółty-list.toml".to_owned()),
            "a recent file"
        );
        let mut home = Home::new(Vec::new());
        for c in "zakladka".chars() {
            press(&mut home, KeyCode::Char(c));
        }
        let visible = home.visible();
        let (entry, matched) = visible.first().ok_or("nothing matches")?;
        let (_, text) = entry.describe();
        let highlighted: String = text
            .chars()
            .enumerate()
            .filter(|(i, _)| matched.contains(i))
            .map(|(_, c)| c)
            .collect();
        assert_eq!(highlighted, "Zakładka");
        Ok(())
    }

    #[test]
    fn a_new_map_never_overwrites_and_starts_the_guide() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let existing = dir.path().join("taken.toml");
        std::fs::write(&existing, "x")?;
        let mut home = Home::new(Vec::new());
        press(&mut home, KeyCode::Enter); // New map: current state
        let (_, editor) = home.prompt.as_mut().ok_or("no prompt")?;
        editor.select_all();
        editor.cut();
        editor.insert_str(existing.display().to_string());
        assert_eq!(press(&mut home, KeyCode::Enter), None);
        assert!(home.message.to_string().contains("already exists"));
        let (_, editor) = home.prompt.as_mut().ok_or("no prompt")?;
        editor.select_all();
        editor.cut();
        editor.insert_str(
            dir.path()
                .join("onboarding-flow.toml")
                .display()
                .to_string(),
        );
        match press(&mut home, KeyCode::Enter) {
            Some(HomeEffect::Create { text, guided, .. }) => {
                assert!(guided);
                let map = crate::format::parse(&text).map_err(|d| format!("{d:?}"))?;
                assert_eq!(map.title, "Onboarding flow");
                assert_eq!(map.kind, MapKind::CurrentState);
            }
            other => return Err(format!("unexpected {other:?}").into()),
        }
        Ok(())
    }

    /// The name offered for a new map is selected: typed keys replace it.
    #[test]
    fn typing_replaces_the_name_offered_for_a_new_map() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let mut home = Home::new(Vec::new());
        press(&mut home, KeyCode::Enter); // New map: current state
        let target = dir.path().join("nowa-mapa.toml");
        for c in target.display().to_string().chars() {
            press(&mut home, KeyCode::Char(c));
        }
        match press(&mut home, KeyCode::Enter) {
            Some(HomeEffect::Create { path, .. }) => assert_eq!(path, target),
            other => return Err(format!("unexpected {other:?}").into()),
        }
        // → keeps the name offered, to add to it.
        let mut home = Home::new(Vec::new());
        press(&mut home, KeyCode::Enter);
        let (_, editor) = home.prompt.as_ref().ok_or("no prompt")?;
        let offered = editor.lines().join("");
        press(&mut home, KeyCode::Right);
        for c in ".bak".chars() {
            press(&mut home, KeyCode::Char(c));
        }
        let (_, editor) = home.prompt.as_ref().ok_or("no prompt")?;
        assert_eq!(editor.lines().join(""), format!("{offered}.bak"));
        Ok(())
    }
}
