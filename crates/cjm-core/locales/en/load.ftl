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

## TOML syntax errors

load-syntax-error = TOML syntax error: { $problem }
load-syntax-expected = { $problem }, expected { $expected }
load-syntax-expected-nothing = nothing
load-syntax-expected-newline = newline
load-syntax-expected-other = something else
load-syntax-unclosed-string = this multi-line string is never closed: it runs to the end of the file, expected a closing `{ $quotes }`
load-syntax-defined-twice = `{ $key }` is defined twice
load-syntax-duplicate-key = duplicate key `{ $key }`
load-syntax-too-deep = keys nest too deeply: more than { $levels } levels of dotted keys, table headers, lists and inline tables
load-syntax-float-too-large = number too large for a decimal number
load-syntax-float-invalid = invalid decimal number
load-syntax-int-too-large = number too large: whole numbers must fit in 64 bits
load-syntax-int-invalid = invalid whole number
# $what is a load-syntax-kind
load-syntax-not-extendable = `{ $key }` is { $what } already and cannot be extended here
load-syntax-kind = { $kind ->
    [table-with-header] a table with a header
    [list-of-tables] a list of tables
    [inline-table] an inline table
    [list] a list
   *[value] a value
}
load-syntax-date-hint = write dates as YYYY-MM-DD (a real day of the calendar), without quotes
load-syntax-duplicate-hint = each key may appear only once in a table; remove or rename one of them
load-syntax-unclosed-hint = close the string with the same three quotes where its text ends
load-syntax-too-deep-hint = a map nests a few levels at most; this key or header has far too many parts (`a.b.c...`): shorten it
load-syntax-not-extendable-hint = give the key one definition: either a value or a table, written in one place
load-syntax-other-hint = fix the TOML syntax at this spot (a missing quote, `=`, comma or bracket is the usual cause)

## Values of the wrong kind. $expected and $found are load-kind (or
## load-integer-*), written to follow "must be" and "it is".

load-kind = { $kind ->
    [table] a table
    [list-of-tables] a list of tables
    [text] text
    [integer] a whole number
    [decimal] a decimal number
    [boolean] true or false
    [datetime] a date or time
    [list] a list
    [inline-table] an inline table
    [list-of-texts] a list of texts
    [date] a date
    [number] a number
    [duration] a duration
    [duration-example] a duration such as "15m"
   *[value] a value
}
load-integer-at-least = a whole number of at least { $min }
load-integer-range = a whole number from { $min } to { $max }

## Where in the map a problem is: $noun is a load-noun

load-noun = { $kind ->
    [persona] persona
    [department] department
    [team-member] team member
    [stage] stage
    [touchpoint] touchpoint
    [opportunity] opportunity
    [metric] metric
    [conflict] conflict
    [evidence] evidence
    [action] action
    [frontstage-action] frontstage action
    [backstage-action] backstage action
    [support-action] support action
    [web-link] web link
    [reading] reading
   *[other] item
}
load-empty-text = { $place } has an empty `text`
load-empty-text-hint = write what is done, e.g. text = "Checks the referral", or remove the action
load-place-numbered = { $noun } #{ $number }
load-place-named = { $noun } `{ $id }`
load-place-nested = { $noun } #{ $number } of { $place }
load-place-top-level = the top level of the map
load-in-place = { $place }: { $problem }

## Reading the map's fields

load-not-a-value = `{ $key }` in { $place } must be { $expected }, but it is { $found }
load-not-a-value-hint = write it as `{ $key } = ...` inside { $place }
load-missing = { $place } has no `{ $key }`
load-missing-hint = add `{ $key } = { $example }`
load-wrong-type = `{ $key }` must be { $expected }, but it is { $found }
load-text-hint = put the text in quotes: { $key } = "..."
load-texts-hint = write a list: { $key } = ["first", "second"]
load-element-not-text = element { $number } of `{ $key }` must be text, but it is { $found }
load-element-not-text-hint = put each element in quotes
load-boolean-hint = write { $key } = true or { $key } = false (no quotes)
load-out-of-range = `{ $key }` is { $value }, but it must be { $expected }
load-number-hint = write a number without quotes, e.g. { $key } = { $example }
load-vocab-unknown = `{ $key }` is "{ $value }", which is not a known { $what }
load-vocab-noun = { $kind ->
    [kind-of-map] kind of map
    [kind-of-conflict] kind of conflict
    [kind-of-metric] kind of metric
    [evidence-source] evidence source
    [focus] focus
    [role] role
    [channel] channel
   *[status] status
}
load-vocab-near-hint = did you mean `{ $near }`? allowed: { $allowed }
load-vocab-hint = allowed: { $allowed }
load-vocab-text-hint = write one of these in quotes: { $allowed }
load-date-time = `{ $key }` must be a day without a time of day, but it has one
load-date-time-hint = write only the day, e.g. { $key } = { $example }
load-date-invalid = `{ $key }` is not a day of the calendar
load-date-invalid-hint = check the day and month
load-date-quoted-hint = remove the quotes: { $key } = { $value }
load-date-hint = write a date as YYYY-MM-DD without quotes, e.g. { $key } = { $example }
load-number-too-large = `{ $key }` is too large to keep exactly
load-number-too-large-hint = use a smaller number or a decimal such as 1.5e16
load-number-not-finite = `{ $key }` must be a finite number, not inf or nan
load-number-not-finite-hint = write an ordinary number such as 42 or 3.5
load-unknown-key = unknown key `{ $key }` in { $place }
load-unknown-section-hint = did you mean [[{ $near }]]? each item is its own [[{ $near }]] table
load-did-you-mean = did you mean `{ $near }`?
load-known-keys = known keys here: { $keys }
load-not-a-list-of-tables = `{ $key }` must be a list of tables written as [[{ $key }]], but it is { $found }
load-not-a-list-of-tables-hint = start each { $noun } with a line [[{ $key }]]
load-not-tables = `{ $key }` must be a list of tables, but it is { $found }
load-element-not-table = each element of `{ $key }` must be a table, but this one is { $found }
load-write-example = write { $example }
load-schema-first = the first version of the format is 1
load-schema-newer = this map uses format version { $version }, but this cjm reads versions up to { $known }
load-schema-newer-hint = upgrade cjm to open this map (and leave the file as it is)
load-schema-missing = the map has no `schema` (format version)
load-schema-missing-hint = add `schema = { $version }` as the first line
load-bad-value = `{ $key }` in { $place }: { $problem }
load-bad-value-hint = write the value as the field itself is written in the map
load-goal-not-table = `goal` must be a table, but it is { $found }
load-goal-not-table-hint = write the goal under a line [goal]
load-wait-text-hint = write the wait in quotes with its unit, e.g. wait = "15m"
load-wait-invalid = `wait` is "{ $value }": { $problem }
load-wait-invalid-hint = write how long the customer waits, e.g. wait = "15m", "2h" or "3d"
load-value-not-finite = a number must be finite, not inf or nan
load-value-not-a-day = not a day of the calendar
load-value-date-time = maps hold dates without a time (YYYY-MM-DD)
load-value-list-of-tables = a list of tables

## Reading a file: what it is when it is no regular file, sizes

file-not-regular = this is { $what }, not a regular file
file-kind = { $kind ->
    [folder] a folder
    [named-pipe] a named pipe (FIFO)
    [device] a device (such as a terminal or /dev/zero)
    [disk-device] a disk device
    [socket] a socket
   *[special] a special file
}
file-too-large = the file is { $size }, more than the limit of { $limit }
file-not-utf8 = not UTF-8 text (byte { $byte })
file-size-mib = { $mib } MiB
file-size-bytes = { $bytes } bytes
file-size-mib-bytes = { $mib } MiB ({ $bytes } bytes)
file-size-not-text = it is not text
file-size-not-a-size = `{ $text }` is not a size
file-size-unknown-unit = `{ $text }` has an unknown unit; write MiB, e.g. 256 or 256MiB
file-size-zero = the size limit must be more than 0
file-size-too-large = `{ $text }` is too large
load-conflict-markers = the file holds an unfinished git merge: conflict markers (<<<<<<<, =======, >>>>>>>) on lines { $lines }
load-conflict-markers-hint = to merge it item by item, run `cjm git setup` (it makes cjm git's merge driver for maps), then `git checkout --merge { $file }` to redo the merge; or resolve it by hand: keep the lines you want between the markers, delete the marker lines, and run `cjm check { $file }` until it passes, then `git add { $file }`

# The TOML parser's own words for its commonest errors
load-toml-problem = { $problem ->
    [invalid-basic-string] invalid basic string
    [invalid-literal-string] invalid literal string
    [invalid-multi-line-basic-string] invalid multi-line basic string
    [invalid-multi-line-literal-string] invalid multi-line literal string
    [invalid-string] invalid string
    [unclosed-array] unclosed array
    [unclosed-table] unclosed table
    [unclosed-array-table] unclosed array table
    [unclosed-inline-table] unclosed inline table
    [missing-assignment-between-key-value-pairs] missing assignment between key-value pairs
    [missing-value] missing value
    [missing-value-for-key] missing value for key
    [key-with-no-value] key with no value
    [invalid-unquoted-key] invalid unquoted key
    [empty-unquoted-key] unquoted keys cannot be empty
    [multi-line-basic-key] keys cannot be multi-line basic strings
    [multi-line-literal-key] keys cannot be multi-line literal strings
    [string-values-must-be-quoted] string values must be quoted
    [missing-comma-between-array-elements] missing comma between array elements
    [missing-comma-between-key-value-pairs] missing comma between key-value pairs
    [extra-comma-in-array] extra comma in array
    [extra-comma-in-inline-table] extra comma in inline table
    [extra-assignment] extra assignment between key-value pairs
    [extra-equals] extra `=`
    [assignment-in-array] unexpected `=` in array
    [unexpected-content] unexpected content
    [content-after-comment] unexpected content between comment and newline
    [unexpected-key-or-value] unexpected key or value
    [invalid-key-value-pair] invalid key-value pair
    [invalid-inline-table-element] invalid inline table element
    [missing-key-in-inline-table] missing key for inline table element
    [missing-inline-table-opening] missing inline table opening
    [missing-array-opening] missing array opening
    [missing-table-opening] missing table open
    [missing-opening-quote] missing opening quote
    [missing-escaped-value] missing escaped value
    [too-few-unicode-digits] too few unicode value digits
    [missing-comment-start] missing comment start
    [invalid-comment-character] invalid comment character
    [lone-carriage-return] carriage return must be followed by newline
    [too-deep] cannot recurse further; max recursion depth met
    [invalid-boolean] invalid boolean
    [invalid-integer] invalid integer number
    [invalid-float] invalid float
    [invalid-binary] invalid binary number
    [invalid-octal] invalid octal number
    [invalid-hexadecimal] invalid hexadecimal number
    [invalid-date-time] invalid date-time
    [signed-radix] integers with a radix cannot be signed
    [uppercase-radix] radix must be lowercase
    [redundant-prefix] redundant integer number prefix
    [redundant-sign] redundant numeric sign
    [unexpected-sign] unexpected sign
    [leading-zero] unexpected leading zero
    [misplaced-underscore] `_` may only go between digits
   *[invalid-value] invalid value
}

# What the TOML parser expected, when it says it in words (load-syntax-expected's $expected).
load-toml-expected = { $expected ->
    [key] key
    [value] value
    [numbers] numbers
    [digits] digits
    [letters] letters
    [printable-characters] printable characters
    [unicode-hexadecimal] unicode hexadecimal value
    [basic-string] basic string
    [literal-string] literal string
    [multi-line-basic-string] multi-line basic string
    [multi-line-literal-string] multi-line literal string
    [unquoted-string] unquoted string
    [non-single-quote] non-single-quote characters
    [non-single-quote-visible] non-single-quote visible characters
    [non-double-quote-visible] non-double-quote visible characters
   *[characters] characters
}

# A date or time the file writes wrongly: what is wrong ...
load-toml-date = { $what ->
    [date] invalid date
    [time] invalid time
    [date-time] invalid date-time
    [offset] invalid offset
   *[datetime] invalid datetime
}
# ... and what was expected instead ($last: the month's last day, for day-range).
load-toml-date-expected = { $expected ->
    [year-or-hour] year or hour
    [dash-or-colon] `-` (YYYY-MM) or `:` (HH:MM)
    [month] month
    [day] day
    [hour] hour
    [minute] minute
    [second] second
    [nanosecond] nanosecond
    [dash-before-day] `-` (MM-DD)
    [colon-before-minute] `:` (HH:MM)
    [t-between] `T` between date and time
    [offset] `Z`, +OFFSET, -OFFSET
    [four-digit-year] a four-digit year (YYYY)
    [two-digit-month] a two-digit month (MM)
    [two-digit-day] a two-digit day (DD)
    [two-digit-hour] a two-digit hour (HH)
    [two-digit-minute] a two-digit minute (MM)
    [two-digit-second] a two-digit second (SS)
    [month-range] month between 01 and 12
    [hour-range] hour between 00 and 23
    [hours-range] hours between 00 and 23
    [minute-range] minute between 00 and 59
    [minutes-range] minutes between 00 and 59
    [second-range] second between 00 and 60
    [day-range] day between 01 and { $last }
   *[nanoseconds-overflowed] nanoseconds overflowed
}
