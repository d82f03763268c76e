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
