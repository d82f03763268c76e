# The service blueprint in the app: the board's blueprint lanes, the
# blueprint view, departments and web links.

board-lane-frontstage = Frontstage
board-lane-backstage = Backstage
board-lane-support = Support
board-line-interaction = line of interaction
board-line-visibility = line of visibility
board-line-internal = line of internal interaction

blueprint-title = Service blueprint · stage { $number }/{ $count }: { $stage }
blueprint-title-empty = Service blueprint
blueprint-no-stages = This map has no stages yet.
blueprint-no-touchpoints = No touchpoints in this stage (or none pass the filter).
blueprint-row-customer = Customer
blueprint-row-fail-point = Fail point
blueprint-row-wait = Wait
blueprint-row-links = Links

inventory-backstage = Backstage

status-blueprint-on = Blueprint lanes shown: frontstage, backstage and support below the line of visibility
status-blueprint-off = Blueprint lanes hidden
status-no-link = This item has no web link; add one in its form (Links)
status-opening-link = Opening { $url }
status-link-not-opened = Link not opened: { $why }
status-choose-link = Choose a link: type to narrow, Enter opens, Esc closes
status-department-added = Department “{ $name }” added to the map

links-chooser-title = Links – type to search, Enter opens, Esc closes
link-no-opener = no program to open links ({ $program }) was found; open { $url } in a browser yourself
link-opener-failed = { $program } could not be started: { $why }

app-migrate-offer-title = Migrate to schema 2?
app-migrate-offer = This map names its departments as free text (schema 1). Migrating makes { $count ->
    [one] one department
   *[other] { $count } departments
} that the map refers to by id (nothing changes until you say yes; undo takes it back):
app-migrate-offer-proposals = Then { $count ->
    [one] one pair of names that look alike is
   *[other] { $count } pairs of names that look alike are
} asked about one by one.
app-migrate-offer-keys = { $yes } migrate · { $no } not now (the map stays as it is)
app-migrate-offer-alike-title = One department? ({ $number } of { $count })
app-migrate-offer-alike = “{ $from }” and “{ $into }” look like one department. The same department (the first name becomes an alias of the second)?
app-migrate-offer-alike-keys = { $yes } the same department · { $no } two departments · { $stop } stop, nothing changes
app-migrate-not-now = Not migrated: the map stays in schema 1
app-migrate-done = Migrated to schema 2 with { $count ->
    [one] one department
   *[other] { $count } departments
}; u undoes, Ctrl-s saves
app-migrate-note = Schema 1: { $keys } migrates the departments to schema 2 (asks first)
app-migrate-up-to-date = This map is already in schema 2: nothing to migrate

overview-departments-title = Departments
department-named-by-member = team member { $name }
department-named-by-owner = owner of the touchpoint { $name }
department-named-by-opportunity = owner of the opportunity { $name }
department-named-by-action = { $lane } of the touchpoint { $name }
department-delete-blocked = Choose another department in these first.
