# Loading a map: errors in the file, with their hints.

load-not-regular = { $what }, not a regular file; cjm reads maps only from regular files
load-not-regular-hint = name the map's .toml file (if this is a symlink, check where it points)
load-not-utf8 = the file is not valid UTF-8 text
load-not-utf8-hint = save the file as UTF-8 in your editor (maps are UTF-8 TOML)
load-more-errors = and { $count ->
    [one] { $count } more error
   *[other] { $count } more errors
}
load-more-errors-hint = fix these first; `cjm check --format json` lists them all
load-too-large = the file is { $size }, more than the size limit of { $limit }
load-too-large-hint = check that this is a journey map; to open larger files, raise the limit with `--max-size 256` or the { $variable } environment variable (in MiB)
load-not-found = no such file
load-not-found-hint = check the path, or create a map with `cjm new FILE`
load-directory = this is a directory, not a map file
load-directory-hint = name a .toml file inside it, e.g. { $example }
load-permission-denied = permission denied while reading the file
load-permission-denied-hint = check the file's permissions (ls -l) or open a copy
load-cannot-read = cannot read the file: { $error }
load-cannot-read-hint = check that the path names a readable file
