# A repository of journeys: folders of maps, shared personas (cjm.toml),
# cjm query, cjm readings import and the portfolio page of cjm report.

did-you-mean = did you mean `{ $near }`?
repo-no-maps = no maps in this folder
repo-no-maps-hint = maps are .toml files; cjm.toml, hidden folders and target/ are skipped

## Shared personas

portfolio-not-shared = `{ $id }` is not a shared persona
portfolio-shared-list = shared personas: { $ids }
portfolio-no-config-hint = no { $config } was found from the map's folder up to the repository's root: add one with `personas = ["personas.toml"]`, or write the entry as `file#{ $id }`
portfolio-config-empty-hint = { $config } names no file of shared personas, or they are empty
portfolio-file-unreadable = the shared persona `{ $id }` cannot be read: { $error }
portfolio-file-unreadable-hint = the path before `#` is relative to the map's folder
portfolio-file-no-persona = { $file } shares no persona `{ $id }`
portfolio-file-no-persona-hint = name one of the file's persona ids after `#`
portfolio-differs = this persona redefines the shared persona of { $file } differently
portfolio-differs-hint = { $differences }; remove it here and list `{ $id }` in `shared_personas`, or change the shared one in { $file }
portfolio-difference = { $field }: { $here } here, { $shared } shared
portfolio-not-set = not set
portfolio-config-hint = cjm.toml takes `personas = ["personas.toml"]` and `departments = ["departments.toml"]`: the files of shared personas and departments, relative to it
portfolio-only-personas = a file of shared personas holds only [[personas]] tables
portfolio-only-personas-hint = move the other tables into a map

## cjm query

query-empty = the query is empty
query-empty-hint = write a condition, e.g. `emotion <= -1 and not evidence`
query-stray-close = this `)` closes no `(`
query-stray-close-hint = remove it, or open the group earlier with `(`
query-expected-join = expected `and`, `or` or the end, found { $found }
query-expected-join-hint = join conditions with `and` or `or`
query-bang = `!` alone is not an operator
query-bang-hint = write `!=` for “not equal”, or `not` before a condition
query-bad-escape = unknown escape in quoted text
query-bad-escape-hint = only `\"` and `\\` are escapes
query-unclosed-quote = this quote is never closed
query-unclosed-quote-hint = end the text with `"`
query-the-end = the end
query-expected-condition = expected a field name or `(`, found { $found }
query-fields = fields: { $fields }
query-unclosed-group = this `(` is never closed
query-unclosed-group-hint = add `)` after the group
query-unknown-field = unknown field `{ $field }`
query-expected-value = expected a value after `{ $op }`, found { $found }
query-expected-value-hint = write a word, a number or "quoted text"
query-no-match = no touchpoint matches `{ $query }`
query-json-failed = cannot write the touchpoints as JSON: { $error }

## cjm readings import

readings-unreadable-row = the row cannot be read: { $error }
readings-date-twice = { $date } is already on line { $line } with another value ({ $value }); keep one of the two rows
readings-missing-date = the date is missing (column { $column })
readings-missing-value = the value is missing (column { $column })
readings-not-a-date = `{ $text }` is not a date; write 2027-03-31 or 31.03.2027
readings-not-a-number = `{ $text }` is not a number
readings-decimal-comma = `{ $text }` has a decimal comma in a comma-separated file; separate the columns with `;` or quote the number
readings-no-metric = the map has no metric `{ $id }`
readings-no-metrics-hint = the map has no metrics yet; add one first
readings-metrics-list = the map's metrics: { $ids }
readings-not-utf8 = the file is not UTF-8 text
readings-not-utf8-hint = save it from the spreadsheet as “CSV UTF-8”
readings-cannot-read = cannot read the file: { $error }
readings-cannot-read-hint = check the path
readings-empty = the file holds no readings
readings-empty-hint = write a date and a value on each line, e.g. 2027-03-31;4,5
readings-clash-kept = the map has { $kept } for { $date }, the file { $offered } (kept; --replace takes the file's)
readings-clash-replaced = the map had { $kept } for { $date }, the file { $offered } (replaced by the file's)
readings-added = added { $count ->
    [one] { $count } reading
   *[other] { $count } readings
} to `{ $metric }`
readings-would-add = would add { $count ->
    [one] { $count } reading
   *[other] { $count } readings
} to `{ $metric }`
readings-duplicates = { $count ->
    [one] { $count } was already in the map
   *[other] { $count } were already in the map
}
readings-bad-rows = { $count ->
    [one] { $count } row not read
   *[other] { $count } rows not read
}
readings-fix-hint = fix the rows above and import again: readings already added are skipped

## cjm report: the portfolio page

portfolio-page-title = Portfolio of journeys
portfolio-page-summary = { $maps ->
    [one] { $maps } map
   *[other] { $maps } maps
}, { $overdue ->
    [0] no review overdue.
    [one] { $overdue } review overdue.
   *[other] { $overdue } reviews overdue.
}
portfolio-page-map = Map
portfolio-page-file = File
portfolio-page-kind = Kind
portfolio-page-owner = Owner
portfolio-page-review-by = Review by
portfolio-page-touchpoints = Touchpoints
portfolio-page-opportunities = Opportunities
portfolio-page-overdue = { $date } (overdue)
portfolio-page-stage = Stage
portfolio-page-average = Average emotion
portfolio-page-not-rated = not rated
portfolio-page-top = Top opportunity
portfolio-page-votes = Votes
portfolio-page-status = Status
portfolio-page-tracker = Tracker
portfolio-page-no-stages = No stages yet.
portfolio-page-no-opportunities = No opportunities yet.
portfolio-page-departments = Departments × maps
portfolio-page-department = Department
portfolio-page-team = team

## The app

portfolio-app-shared = shared · { $file }
portfolio-app-shared-ref = { $id } (shared)

## Shared departments
field-map-shared-departments = Shared departments
portfolio-department-not-shared = `{ $id }` is not a shared department
portfolio-department-shared-list = shared departments: { $ids }
portfolio-department-no-config-hint = no { $config } was found from the map's folder up to the repository's root: add one with `departments = ["departments.toml"]`, or write the entry as `file#{ $id }`
portfolio-department-config-empty-hint = { $config } names no file of shared departments, or they are empty
portfolio-department-unreadable = the shared department `{ $id }` cannot be read: { $error }
portfolio-file-no-department = { $file } shares no department `{ $id }`
portfolio-file-no-department-hint = name one of the file's department ids after `#`
portfolio-department-differs = this department redefines the shared department of { $file } differently
portfolio-department-differs-hint = { $differences }; remove it here and list `{ $id }` in `shared_departments`, or change the shared one in { $file }
portfolio-only-departments = a file of shared departments holds only [[departments]] tables
