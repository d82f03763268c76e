# The command line: messages of every command, and its --help texts.

lang-unknown = “{ $code }” is not a language cjm speaks; choose one of { $known }

## cjm new

new-created = Created { $file }: { $kind ->
    [current-state] current state
    [future-state] future state
    [day-in-the-life] day in the life
   *[service] service
} map "{ $title }" with stages { $stages }.
new-exists = the file already exists; `cjm new` never overwrites a map
new-exists-hint = choose another file name, or open the existing map

## cjm check

check-ok = { $file }: ok ({ $summary })
check-evidence-share = { $percent }% of touchpoints backed by data
check-no-touchpoints-yet = no touchpoints yet
check-not-utf8 = the file is not valid UTF-8 text
check-not-regular = this is { $what }, not a regular file; cjm reads maps only from regular files
check-cannot-read = cannot read the file: { $error }
check-cannot-write-json = cannot write the findings as JSON: { $error }
