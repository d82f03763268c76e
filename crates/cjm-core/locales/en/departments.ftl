# Departments, the service blueprint, waits and web links (schema 2), and cjm migrate.

wait-negative = a wait cannot be negative
wait-unreadable = a wait is a number and a unit: `15m`, `2h`, `3d`, `1w` or a sum such as `1h30m`
url-empty = a link needs an address
url-space = a web address has no spaces; write a space as %20
url-scheme = a web address starts with its scheme, such as https://
url-host = a web address names its host after //, as in https://example.com/
url-nothing-after-scheme = nothing follows the scheme

# cjm migrate
migrate-customer-comment = department before migration: { $text } (a customer's role, not a department)
migrate-up-to-date = up to date: { $path }
migrate-would = would migrate: { $path }
migrate-done = migrated: { $path }
migrate-department = + { $name } ({ $id })
migrate-department-aliases = + { $name } ({ $id }), also named: { $aliases }
migrate-merged = = “{ $from }” is now an alias of “{ $into }”
migrate-proposal-obvious = ? “{ $from }” looks like a team of “{ $into }”: run with --yes to merge them
migrate-proposal-similar = ? “{ $from }” is spelt like “{ $into }”: merge them in the app, or add an alias by hand
migrate-customer = - { $member }: “{ $text }” is a customer's role, not a department; kept as a comment

# cjm check
check-similar-departments = the departments “{ $name }” and “{ $other }” look like one department
check-similar-departments-hint = if they are one, remove “{ $name }”, add its name to the aliases of `{ $id }` and point its references there; otherwise give them names that tell them apart

# A wait as people say it in reports: "12 days", "1 hour 30 min".
wait-weeks = { $count ->
    [one] 1 week
   *[other] { $count } weeks
}
wait-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
wait-hours = { $count ->
    [one] 1 hour
   *[other] { $count } hours
}
wait-minutes = { $count } min
