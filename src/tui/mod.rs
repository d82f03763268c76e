//! The full-screen terminal app. It follows the Elm architecture: [`app`]
//! holds the state and its `update` function, [`views`] draws it, and this
//! module is the runtime that reads terminal events, turns them into
//! messages, runs the effects `update` asks for and restores the terminal on
//! every way out.

pub mod action;
/// The editing session lives in the core crate; these names keep its
/// modules where the app's code looks for them.
pub use cjm_core::session::{disk, edit, history};
pub mod app;
pub mod config;
pub mod finder;
pub mod guard;
/// The guided session's state lives in the core crate.
pub use cjm_core::session::guide;
pub mod home;
pub mod keymap;
pub mod opener;
pub mod status;
pub mod theme;
pub mod views;
pub mod words;

use crate::tui::status::Notice;
use std::io::{self, Write as _};
use std::path::Path;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;

use self::app::{App, Effect, Message, View};
use self::config::Config;
use self::guide::{Guide, Step, Store};
use self::home::{Home, HomeEffect};
use self::theme::Theme;
use crate::format;
use crate::model::Map;

/// Opens the board of the map at `path`, read from bytes with fingerprint
/// `loaded`, and runs until the user quits.
pub fn run_board(path: &Path, map: Map, loaded: disk::Fingerprint) -> io::Result<()> {
    with_terminal(|terminal, config| {
        let mut app = new_app(path, map, config);
        app.loaded = Some(loaded);
        run_app(terminal, &mut app, Theme::from_env(config.palette), config)
    })
}

/// Runs the guided session on the map at `path` (read from bytes with
/// fingerprint `loaded`), resuming at the step where it stopped last time
/// (or at `step`).
pub fn run_guide(
    path: &Path,
    (map, loaded): (Map, disk::Fingerprint),
    step: Option<Step>,
    length: Option<u32>,
) -> io::Result<()> {
    with_terminal(|terminal, config| {
        let mut app = new_app(path, map, config);
        app.loaded = Some(loaded);
        let mut config = config.clone();
        if length.is_some() {
            config.length = length;
        }
        start_guide(&mut app, &config, step);
        run_app(terminal, &mut app, Theme::from_env(config.palette), &config)
    })
}

/// The home screen; then the board or the guided session of what was chosen.
pub fn run_home() -> io::Result<()> {
    with_terminal(|terminal, config| {
        let theme = Theme::from_env(config.palette);
        let (store, _) = Store::load(guide::store::default_file());
        let here = std::env::current_dir().unwrap_or_else(|_| std::path::PathBuf::from("."));
        let mut home =
            Home::new(store.recent()).with_repository(self::home::repository_maps(&here));
        home.set_keymap(config.keymap.clone());
        loop {
            terminal.draw(|frame| views::home::draw(&home, theme, frame))?;
            // Input translation only: key releases are dropped; the home
            // screen's keymap says what a key means.
            let effect = match event::read()? {
                Event::Key(key) if key.kind != KeyEventKind::Release => home.key(key),
                Event::Paste(text) => {
                    home.paste(&text);
                    None
                }
                Event::Resize(width, height) => {
                    follow_resize(terminal, width, height)?;
                    None
                }
                _ => None,
            };
            let (path, guided) = match effect {
                None => continue,
                Some(HomeEffect::Quit) => return Ok(()),
                Some(HomeEffect::Open(path)) => (path, false),
                Some(HomeEffect::Create { path, text, guided }) => {
                    if let Err(err) = format::write_new_atomic(&path, text.as_bytes()) {
                        home.message = Notice::CannotCreate {
                            path: path.clone(),
                            why: err.to_string(),
                        };
                        continue;
                    }
                    home.prompt = None;
                    (path, guided)
                }
            };
            match format::load_file_fingerprinted(&path) {
                Ok((map, fingerprint)) => {
                    let mut app = new_app(&path, map, config);
                    app.loaded = Some(fingerprint);
                    if guided {
                        start_guide(&mut app, config, Some(Step::Setup));
                    }
                    return run_app(terminal, &mut app, theme, config);
                }
                Err(err) => {
                    let first = err
                        .to_string()
                        .lines()
                        .next()
                        .unwrap_or_default()
                        .to_owned();
                    home.message = Notice::CannotOpen(first);
                }
            }
        }
    })
}

/// The app for a loaded map, with the user's keys and the remembered state.
fn new_app(path: &Path, map: Map, config: &Config) -> App {
    let mut app = App::new(map, path.to_owned());
    app.find_shared_personas();
    app.keymap = config.keymap.clone();
    let (mut store, problem) = Store::load(guide::store::default_file());
    store.touch(path);
    app.store = store;
    if let Some(problem) = config.problems.first().or(problem.as_ref()) {
        app.say(Notice::Note(problem.clone()));
    }
    app.note_migration();
    app
}

/// The map named in `based_on` (relative to this map's folder), for the Compare view.
pub fn load_based_on(app: &App) -> Option<Result<Map, format::LoadError>> {
    let name = app.map.based_on.trim();
    if name.is_empty() {
        return None;
    }
    let folder = app.path.parent().unwrap_or(Path::new(""));
    Some(format::load_file(&folder.join(name)).map(|loaded| loaded.map))
}

/// Starts the guided session with the config's timeboxes, scaled to the
/// workshop's length when one is set (`--length` or `[workshop] length`).
fn start_guide(app: &mut App, config: &Config, step: Option<Step>) {
    let steps = Step::sequence(app.blueprint_step_included() || step == Some(Step::Blueprint));
    let timeboxes = match config.length {
        Some(total) => guide::steps::scale(&config.timeboxes, total, &steps),
        None => config.timeboxes.clone(),
    };
    app.resume_guide(step, &timeboxes, config.dots);
}

/// The terminal the app draws on. Its output is buffered for a whole
/// frame, so a frame leaves in one write when ratatui flushes it (standard
/// output alone would send it in pieces of a kilobyte, each a system call
/// and each a half-drawn screen for the terminal to show).
type Screen = Terminal<CrosstermBackend<io::BufWriter<io::Stdout>>>;

/// Room for a full frame of a large terminal with colours.
const FRAME_BUFFER: usize = 256 * 1024;

/// Sets up the terminal, runs `body`, and restores the terminal on every way out.
fn with_terminal(body: impl FnOnce(&mut Screen, &Config) -> io::Result<()>) -> io::Result<()> {
    let config = config::load();
    // ratatui's set-up: raw mode, the alternate screen and its panic hook;
    // then the same terminal over a buffered output.
    drop(ratatui::try_init()?);
    // The screen's size is read once here and then taken from the resize
    // events (`follow_resize`, in the board's event loop and the home
    // screen's): a full-screen viewport would ask the terminal for it
    // before every frame, opening the terminal device each time. Looking
    // for an event first makes crossterm listen for resizes from now on,
    // so a resize right after the size is read still comes as an event.
    event::poll(Duration::ZERO)?;
    let (width, height) = ratatui::crossterm::terminal::size()?;
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(io::BufWriter::with_capacity(FRAME_BUFFER, io::stdout())),
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(Rect::new(0, 0, width, height)),
        },
    )?;
    // ratatui's hook leaves raw mode and the alternate screen on a panic;
    // this one first turns off what cjm turned on besides.
    let ratatui_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
        ratatui_hook(info);
    }));
    let _ = execute!(io::stdout(), EnableBracketedPaste, EnableMouseCapture);
    let result = body(&mut terminal, &config);
    let _ = execute!(io::stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::try_restore()?;
    if let Some(note) = guard::farewell() {
        // The terminal may be gone (SIGHUP): a failed write must not panic.
        let _ = writeln!(io::stderr(), "{note}");
    }
    result
}

/// Draws the next frames at `width`×`height`, from a resize event; a
/// resize to the size the screen has already (a terminal attached again)
/// changes nothing, where resizing would clear the screen.
fn follow_resize(terminal: &mut Screen, width: u16, height: u16) -> io::Result<()> {
    let area = Rect::new(0, 0, width, height);
    if terminal.get_frame().area() != area {
        terminal.resize(area)?;
    }
    Ok(())
}

/// Runs the app inside its [`Guard`](guard::Guard): recovery copies, checks
/// for changes on disk, and the rescue of unsaved work on a crash or signal.
fn run_app(terminal: &mut Screen, app: &mut App, theme: Theme, config: &Config) -> io::Result<()> {
    // The app and the frames start at the size the terminal has now.
    if let Ok(size) = terminal.size() {
        follow_resize(terminal, size.width, size.height)?;
        app.update(Message::Resize(size.width, size.height));
    }
    let mut guard = guard::Guard::start(app, config.recovery.interval);
    let result = event_loop(terminal, app, theme, &mut guard);
    guard.finish(app);
    result
}

/// Runs the effects `update` asked for (and those their outcomes ask for)
/// through the guard, then brings the guard up to date. True when the app
/// is to quit. The event loop calls it before each draw; tests call it to
/// drive the app as the runtime does.
pub fn settle(app: &mut App, guard: &mut guard::Guard, pending: Vec<Effect>) -> bool {
    settle_with(app, guard, pending, None)
}

/// Work the event loop does not wait for: item histories read from git on
/// their own threads, each answer coming back as a message.
struct Background {
    sender: std::sync::mpsc::Sender<Message>,
    receiver: std::sync::mpsc::Receiver<Message>,
    /// Answers still to come.
    running: usize,
}

impl Background {
    fn new() -> Self {
        let (sender, receiver) = std::sync::mpsc::channel();
        Background {
            sender,
            receiver,
            running: 0,
        }
    }

    /// Reads a history on a thread of its own.
    fn load_history(&mut self, path: std::path::PathBuf, key: Option<String>) {
        let sender = self.sender.clone();
        self.running += 1;
        std::thread::spawn(move || {
            let result = app::load_history(&path, key.as_deref());
            let _ = sender.send(Message::HistoryLoaded { key, result });
        });
    }

    /// The answers that have come in.
    fn answers(&mut self) -> Vec<Message> {
        let answers: Vec<Message> = self.receiver.try_iter().collect();
        self.running = self.running.saturating_sub(answers.len());
        answers
    }
}

/// [`settle`], reading histories on `background` threads when given one,
/// else at once (as tests do).
fn settle_with(
    app: &mut App,
    guard: &mut guard::Guard,
    mut pending: Vec<Effect>,
    mut background: Option<&mut Background>,
) -> bool {
    while let Some(effect) = pending.pop() {
        match effect {
            Effect::LoadHistory { path, key } => match background.as_deref_mut() {
                Some(background) => background.load_history(path, key),
                None => {
                    let result = app::load_history(&path, key.as_deref());
                    pending.extend(app.update(Message::HistoryLoaded { key, result }));
                }
            },
            Effect::Quit => {
                // The time counted on each step survives the quit.
                app.remember_guide();
                let _ = app.store.save();
                return true;
            }
            effect @ (Effect::Save { .. }
            | Effect::SaveTo { .. }
            | Effect::Reload
            | Effect::ReadForMerge
            | Effect::Adopt(_)
            | Effect::DiscardRecovery) => {
                if let Some(reply) = guard.run(effect, app) {
                    pending.extend(app.update(reply));
                    guard.tell(app);
                }
            }
            Effect::OpenLink(url) => {
                if let Err(why) = opener::open(&url) {
                    app.link_not_opened(why.to_string());
                }
            }
            Effect::Remember => {
                if let Err(err) = app.store.save() {
                    app.say(Notice::NotRemembered(err.to_string()));
                }
                // A step change of the guided session also secures the
                // work, even when the map could not be saved yet.
                guard.write_now(app);
            }
        }
    }
    guard.track(app);
    if matches!(app.mode, app::Mode::ConfirmQuit) {
        // The quit dialog says where the changes are kept: it is so
        // before it is drawn.
        guard.write_now(app);
    }
    false
}

/// How long after the first frame the finder's items start being
/// collected in the background ([`App::prepare_finder`]): collecting those
/// of a large map takes a core for tens of milliseconds, which the terminal
/// needs first, to show that frame. The figures of the slowest views are
/// worked out then too ([`views::warm`]), when no key came meanwhile.
const FINDER_AFTER_FIRST_FRAME: Duration = Duration::from_millis(100);

/// How long after a frame of the finder's results, without a key, the
/// finder starts working out the next letter ([`App::work_ahead`]): the
/// terminal shows the frame first.
const AHEAD_AFTER_FRAME: Duration = Duration::from_millis(15);

/// The results the finder works out ahead between two looks for a key:
/// a millisecond or two of work, the most a key can wait for it.
const AHEAD_TEXTS: usize = 1_000;

/// The event loop of the app: draw, wait for an event (or the next second
/// while a workshop timer runs, or the next recovery copy), update, run the
/// effects.
fn event_loop(
    terminal: &mut Screen,
    app: &mut App,
    theme: Theme,
    guard: &mut guard::Guard,
) -> io::Result<()> {
    let mut pending = Vec::new();
    // The map is remembered (the list of recent maps, written and flushed
    // to disk) once the first frame is on the screen, not before it.
    let mut first_frame = true;
    // When the finder's items may first be collected: a while after the
    // first frame ([`FINDER_AFTER_FIRST_FRAME`]), then after every frame.
    let mut finder_from: Option<Instant> = None;
    let mut finder_started = false;
    let mut background = Background::new();
    // False after a wait that changed nothing (a recovery copy still being
    // written): the frame on the screen is still right.
    let mut redraw = true;
    loop {
        for answer in background.answers() {
            pending.extend(app.update(answer));
        }
        // Where the recovery copy written in the background went, once it is.
        if guard.collect(app) {
            redraw = true;
        }
        if settle_with(
            app,
            guard,
            std::mem::take(&mut pending),
            Some(&mut background),
        ) {
            return Ok(());
        }
        // The map named in `based_on` is read when the Compare view first
        // needs it, not at start-up: whatever it is, a failure only shows
        // in that view.
        if app.view == View::Compare
            && app.based_on.is_none()
            && !app.map.based_on.trim().is_empty()
        {
            app.based_on = load_based_on(app);
        }
        if std::mem::replace(&mut redraw, true) {
            let shown = terminal.draw(|frame| views::view(app, theme, frame))?;
            // Copied once the frame is on the screen: for a switch back.
            views::keep_shown(app, shown.buffer);
            // The finder's items for the map as now drawn, collected on a
            // thread of their own while the person looks at the frame.
            finder_started |= finder_from.is_some_and(|from| Instant::now() >= from);
            if finder_started {
                app.prepare_finder();
            }
        }
        if std::mem::take(&mut first_frame) {
            finder_from = Some(Instant::now() + FINDER_AFTER_FIRST_FRAME);
            pending.push(Effect::Remember);
            continue;
        }
        let ticking = app.guide.as_ref().is_some_and(Guide::ticking);
        let tick = ticking.then_some(Duration::from_secs(1));
        // With no timer running and no recovery copy due, block until an
        // event (or, once, until the finder's items are due to be
        // collected, or until the open finder works its next letter out):
        // an idle app does no work.
        // While a history is being read, look for its answer now and then.
        let reading = (background.running > 0).then_some(Duration::from_millis(50));
        // A copy whose pause never came (keys keep coming, maybe faster
        // than frames) is started now, before the next event is read. It
        // is written on a thread of its own; while it is, the loop looks
        // every few milliseconds whether it is done.
        let due = guard.due_in(app);
        if due == Some(Duration::ZERO) {
            redraw = guard.autosave(app);
            continue;
        }
        let finder = finder_from
            .filter(|_| !finder_started)
            .map(|from| from.saturating_duration_since(Instant::now()));
        let ahead = app.wants_work_ahead().then_some(AHEAD_AFTER_FRAME);
        let wait = [tick, due, reading, finder, ahead]
            .into_iter()
            .flatten()
            .min();
        if let Some(wait) = wait
            && !event::poll(wait)?
        {
            if ahead.is_some_and(|after| after <= wait) {
                // The finder's next letter, a little at a time, for as
                // long as no key comes. Nothing on the screen changes, so
                // a key that came meanwhile is read at once.
                let mut key_came = false;
                while app.work_ahead(AHEAD_TEXTS) {
                    if event::poll(Duration::ZERO)? {
                        key_came = true;
                        break;
                    }
                }
                if key_came {
                    redraw = false;
                    continue;
                }
            }
            if finder.is_some_and(|left| left <= wait) {
                finder_started = true;
                app.prepare_finder();
                // While the finder's items are collected on a thread of
                // their own, and still no key is pressed.
                views::warm(app);
            }
            redraw = guard.autosave(app) || ticking || reading.is_some();
            if ticking {
                pending.extend(app.update(Message::Tick(Instant::now())));
            }
            continue;
        }
        let event = event::read()?;
        guard.input();
        guard.test_panic(&event);
        // Input translation only: key releases are dropped here; what a key
        // means is the keymap's (`keymap::Keymap::input`), read in `App::key`.
        let message = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => Message::Key(key),
            Event::Paste(text) => Message::Paste(text),
            Event::Mouse(mouse) => Message::Mouse(mouse),
            Event::Resize(width, height) => {
                follow_resize(terminal, width, height)?;
                Message::Resize(width, height)
            }
            _ => continue,
        };
        if ticking {
            app.update(Message::Tick(Instant::now()));
        }
        pending.extend(app.update(message));
    }
}
