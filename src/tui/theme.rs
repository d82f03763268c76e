//! Colours and symbols. Emotion is always shown by a symbol and a number as
//! well as by colour, so it reads on a colour-blind person's screen, on a
//! 16-colour terminal and with `NO_COLOR`. The palette uses the 16 basic
//! colours by default and can be changed in the config file.

use ratatui::style::{Color, Modifier, Style};

use crate::model::Emotion;

/// The colours of the app, by role. Names are those of the config file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub title: Color,
    pub key: Color,
    pub selected: Color,
    pub dim: Color,
    pub warning: Color,
    pub negative_zone: Color,
    /// -2, -1, 0, +1, +2.
    pub emotion: [Color; 5],
}

impl Palette {
    /// The roles and their config names, in the order the default config lists them.
    pub const NAMES: [&'static str; 11] = [
        "title",
        "key",
        "selected",
        "dim",
        "warning",
        "negative-zone",
        "emotion-very-negative",
        "emotion-negative",
        "emotion-neutral",
        "emotion-positive",
        "emotion-very-positive",
    ];

    /// The colour of the role named `name`.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Color> {
        Some(match name {
            "title" => &mut self.title,
            "key" => &mut self.key,
            "selected" => &mut self.selected,
            "dim" => &mut self.dim,
            "warning" => &mut self.warning,
            "negative-zone" => &mut self.negative_zone,
            "emotion-very-negative" => &mut self.emotion[0],
            "emotion-negative" => &mut self.emotion[1],
            "emotion-neutral" => &mut self.emotion[2],
            "emotion-positive" => &mut self.emotion[3],
            "emotion-very-positive" => &mut self.emotion[4],
            _ => return None,
        })
    }
}

impl Default for Palette {
    fn default() -> Self {
        Palette {
            title: Color::Cyan,
            key: Color::Yellow,
            selected: Color::Blue,
            dim: Color::DarkGray,
            warning: Color::Red,
            negative_zone: Color::Rgb(60, 20, 20),
            emotion: [
                Color::Red,
                Color::LightRed,
                Color::Yellow,
                Color::LightGreen,
                Color::Green,
            ],
        }
    }
}

/// The styles of the app; without colour when `color` is false.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub color: bool,
    pub palette: Palette,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            color: true,
            palette: Palette::default(),
        }
    }
}

impl Theme {
    /// No colours at all: only bold, reverse and symbols.
    pub fn plain() -> Self {
        Theme {
            color: false,
            palette: Palette::default(),
        }
    }

    /// Colours unless `NO_COLOR` is set (to anything non-empty).
    pub fn from_env(palette: Palette) -> Self {
        Theme {
            color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
            palette,
        }
    }

    fn fg(self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn title(self) -> Style {
        self.fg(self.palette.title).add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        self.fg(self.palette.dim)
    }

    pub fn selected(self) -> Style {
        if self.color {
            Style::new()
                .bg(self.palette.selected)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().add_modifier(Modifier::REVERSED)
        }
    }

    pub fn key(self) -> Style {
        self.fg(self.palette.key).add_modifier(Modifier::BOLD)
    }

    pub fn warning(self) -> Style {
        self.fg(self.palette.warning).add_modifier(Modifier::BOLD)
    }

    /// The style of an emotion score.
    pub fn emotion(self, emotion: Option<Emotion>) -> Style {
        match emotion {
            Some(e) => self.fg(self.palette.emotion[(e.get() + 2) as usize]),
            None => self.dim(),
        }
    }

    /// The background of the negative half of the emotion chart.
    pub fn negative_zone(self) -> Style {
        if self.color {
            Style::new().bg(self.palette.negative_zone)
        } else {
            Style::new()
        }
    }
}

/// A symbol and signed number for an emotion: `▼▼-2`, `● 0`, `▲ +1`, `· ?`.
pub fn emotion_badge(emotion: Option<Emotion>) -> String {
    match emotion.map(Emotion::get) {
        Some(-2) => "▼▼-2".to_owned(),
        Some(-1) => "▼ -1".to_owned(),
        Some(0) => "● 0".to_owned(),
        Some(1) => "▲ +1".to_owned(),
        Some(2) => "▲▲+2".to_owned(),
        _ => "· ?".to_owned(),
    }
}
