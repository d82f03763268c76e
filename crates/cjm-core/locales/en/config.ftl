# The config file: warnings about it, and the comments of the default file.

config-unreadable = { $file }: cannot read the config ({ $why }); using the defaults
config-invalid = { $file }: { $why }; using the default settings
config-not-a-table = { $file }: [{ $section }] must be a table
config-did-you-mean-section = { " " }(did you mean [{ $section }]?)
config-did-you-mean = { " " }(did you mean `{ $name }`?)
config-unknown-section = { $file }: unknown section `{ $section }`{ $hint }; it is ignored
config-language-not-text = { $file }: language must be text like "pl"
config-recovery-unknown = { $file }: [recovery] `{ $key }` is not a setting{ $hint }; it is ignored
config-recovery-interval = { $file }: [recovery] interval_seconds: write a whole number of seconds from { $min } to { $max }, e.g. 3
config-not-a-mode = { $file }: [keys.{ $table }] is not a mode{ $hint }; the modes are { $modes }
config-not-an-action = { $file }: { $section } `{ $action }` is not an action{ $hint }
config-needs-a-key = { $file }: { $section } `{ $action }` needs a key or a list of keys, e.g. { $action } = ["x"]
config-no-key-left = { $file }: { $section } no key is left for `{ $action }`; its default keys are kept
config-not-a-colour-role = { $file }: [colors] `{ $role }` is not a colour role{ $hint }
config-colour = { $file }: [colors] { $role }: write a colour name (red, lightblue, darkgray…), an index 0-255 or "#rrggbb"
config-dots = { $file }: [workshop] dots must be a whole number from 1 to 20
config-length-not-text = { $file }: [workshop] length must be text like "2h" or "90m"
config-workshop-unknown = { $file }: [workshop] `{ $key }` is not a setting{ $hint }
config-no-such-step = { $file }: [workshop] `{ $key }`: no step is called `{ $step }`
config-minutes = { $file }: [workshop] { $key } must be minutes from 1 to 600

## The default config file's comments (each line becomes "# …")

config-file-head =
    cjm configuration.
    Every setting here is the default; delete a line to keep the default,
    change it to override. Keys: "q", "H", "ctrl-s", "alt-enter", "esc",
    "left", "f2", "space"... Several keys: ["k", "up"].
config-file-language =
    The interface language: en, pl, ru or sv (or pseudo, for testing
    layouts); --lang wins over it. Without it, the system's language.
config-file-colors =
    Colours: a name (black, red, green, yellow, blue, magenta, cyan, gray,
    darkgray, lightred... white), an index 0-255, or "#rrggbb".
    Colours are never used when the NO_COLOR environment variable is set.
config-file-workshop =
    The guided workshop: timebox of each step in minutes, and the dots
    each participant may give when the team votes on opportunities.
config-file-length =
    The workshop's length: the timeboxes above are scaled to fit it
    (`--length` of `cjm new` and `cjm guide` overrides it).
config-file-recovery =
    While a map has unsaved changes, a recovery copy of it is written to the
    data folder at most this often; after a crash, `cjm FILE` offers it back.
config-length = { $file }: [workshop] length: { $why }
