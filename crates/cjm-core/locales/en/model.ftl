# The model: ids, references and the rules a valid map keeps.

## Ids

model-id-empty = an id must not be empty
model-id-characters = an id may only use lowercase letters a-z, digits and `-`
model-id-dash = an id may not start or end with `-`
model-bad-id = { $problem }: `{ $id }`
model-id-example-hint = use an id such as `{ $example }`
model-id-suggestion-hint = use `{ $suggestion }` instead
# $kind is a load-noun
model-duplicate-id = duplicate id `{ $id }`: a { $kind } already uses it
model-duplicate-id-hint = ids must be unique in the map; rename this one (and what refers to it)

## References: $nouns is one load-noun, or several joined by model-kinds-or

model-kinds-or = { $rest } or { $last }
model-ref-wrong-kind = `{ $id }` is a { $kind }, not a { $nouns }
model-ref-wrong-kind-hint = name the id of a { $nouns } here
model-ref-unknown = no { $nouns } has the id `{ $id }`
model-ref-none-yet-hint = the map has no { $nouns } yet; add one first
model-known-ids = known ids: { $ids }
model-known-ids-some = known ids: { $ids }, … ({ $count } in all)

## What refers to an item (shown before it is deleted)

model-ref-stage-of = touchpoint “{ $name }” (its stage)
model-ref-touchpoint = touchpoint “{ $name }”
model-ref-opportunity = opportunity “{ $name }”
model-ref-metric = metric “{ $name }”

## Rules of the map

model-no-title = the map has no title
model-no-title-hint = write what the map is about, e.g. title = "Online shop – first order"
model-primary-twice = persona `{ $id }` is marked primary, but `{ $first }` already is
model-primary-twice-hint = keep `primary = true` on one persona only
model-not-a-persona-id = `{ $id }` is not a persona id
model-shared-persona = shared persona #{ $number }: { $problem }
model-shared-persona-hint = name a persona id such as `pe-hannah`, or a file and an id: `../personas.toml#pe-hannah`
model-not-a-department-id = `{ $id }` is not a department id
model-shared-department = shared department #{ $number }: { $problem }
model-shared-department-hint = name a department id such as `dp-logistics`, or a file and an id: `../departments.toml#dp-logistics`
# $noun is a load-noun, $field the field's key (name, title)
model-empty-name = this { $noun } has an empty `{ $field }`
model-empty-name-hint = give the { $noun } a { $field }
model-unknown-department = unknown department `{ $id }`
model-department-by-name-hint = write the department's id: `{ $id }`
model-department-near-hint = did you mean `{ $near }`? or add a [[departments]] entry with id = "{ $id }"
model-department-known-hint = use one of the departments' ids ({ $known }) or add a [[departments]] entry for it
model-bad-url = malformed web address "{ $url }": { $problem }
model-bad-url-hint = write the whole address as the browser shows it, e.g. "https://example.com/page"
model-link-no-url = a web link has no `url`
model-link-no-url-hint = add url = "https://…" to the link, or remove it

## Values of fields (an edit, a merge): each follows the field's key, "`impact` takes …"

value-not-a-field = is not a field of this item
value-takes-text = takes text
value-takes-boolean = takes true or false
value-takes-texts = takes a list of texts
value-takes-one-of = takes one of: { $allowed }
value-must-be-one-of = must be set to one of: { $allowed }
value-takes-integer-at-least = takes a whole number of at least { $min }
value-takes-integer-range = takes a whole number from { $min } to { $max }
value-takes-number = takes a finite number
value-takes-date = takes a date (YYYY-MM-DD)
value-takes-tables = takes a list of tables with the keys { $keys }
value-needs-source = needs a `source` in each element: { $problem }
value-takes-text-key = takes a text `{ $key }`
value-needs-key = needs a `{ $key }` in each element
value-takes-readings = takes tables such as {"{"} date = 2026-03-31, value = 42 {"}"}
value-takes-no-integer = takes no whole number
value-id-never-changes = never changes, so references and merges survive renames

## A merge conflict recorded in the map ([[conflicts]]) that does not fit it

model-conflict-the-map = the map
model-conflict-the-goal = the goal
model-conflict-no-member = no team member is called "{ $name }"
model-conflict-no-item = no item has the id `{ $id }`
model-conflict-unknown-item = this conflict is about an item the map does not have: { $what }
model-conflict-unknown-item-hint = if the conflict is settled, delete this [[conflicts]] table; otherwise correct `item`
model-conflict-needs-field = a both-changed conflict needs the `field` both sides changed
model-conflict-needs-field-hint = add field = "..." naming the field
# $what: model-conflict-the-map, -the-goal, or a kind and an id ("touchpoint `tp-pay`")
model-conflict-not-a-field = `{ $field }` is not a field of { $what }
model-conflict-known-fields = known fields: { $fields }
model-conflict-value-does-not-fit = this value does not fit: { $problem }
model-conflict-order-item-hint = an order conflict is about item = "map" (a section) or a stage's id (its touchpoints)
model-conflict-order-field-hint = write field = one of: { $fields }
model-conflict-order-bad-field = an order conflict on { $what } cannot be about `{ $field }`
model-conflict-order-ids = an order conflict lists the items' ids in that side's order
model-conflict-order-ids-hint = write a list of ids, e.g. ["st-a", "st-b"]
# $kind is the conflict's kind as the file spells it (same-id, deleted-edited...)
model-conflict-whole-item = a { $kind } conflict is about a whole item and has no `field`
model-conflict-whole-item-hint = remove the `field` line
model-conflict-same-id-ids = a same-id conflict names an id on each side
model-conflict-same-id-ids-hint = write the id as a text, e.g. "tp-example"
model-conflict-one-side = a { $kind } conflict has a value on exactly one side: the side that kept the item
model-conflict-one-side-hint = leave out `ours` or `theirs`, whichever side deleted the item
model-conflict-must-list = this value must list { $what ->
    [fields] the fields that side changed
   *[referrers] the ids of the items that refer to it
}
model-conflict-must-list-hint = write a list of texts, e.g. { $example }

## The one-line help of each field in the app's form: field-<label>-help
field-map-title-help = what the map is about, e.g. "Online shop – first order"
field-map-language-help = the language of the content: a BCP 47 tag such as `pl`, `sv`, `ru`
field-map-based-on-help = for a future-state map: path of the current-state map it improves, relative to this file's folder
field-map-owner-help = the person who keeps the map alive after the workshop
field-map-parking-lot-help = ideas raised in the workshop that belong elsewhere
field-map-shared-personas-help = personas shared by the repository's maps that this map uses: an id listed by `cjm.toml` (`pe-hannah`) or `file#id` (`../personas.toml#pe-hannah`)
field-map-shared-departments-help = departments shared by the repository's maps that this map names: an id listed by `cjm.toml` (`dp-logistics`) or `file#id` (`../departments.toml#dp-logistics`)
field-map-kind-help = the kind of map
field-map-created-help = the day the map was started
field-map-review-by-help = the date of the next review
field-goal-focus-help = the kind of goal
field-goal-statement-help = what the team wants to learn or change
field-goal-scope-help = where the journey starts and ends, what is left out
field-goal-success-criteria-help = how the team will know the mapping paid off
field-persona-id-help = the persona's id (`pe-…`), made from its name; never changes
field-persona-name-help = e.g. "Anna, first-time buyer"
field-persona-primary-help = the persona the journey is drawn for first; at most one
field-persona-segment-help = the segment the persona stands for
field-persona-description-help = the persona's profile (multi-line text is fine)
field-persona-demographics-help = age, place, work, household: what matters for the journey
field-persona-behaviours-help = how the persona usually acts: habits, channels, routines
field-persona-motivations-help = what drives the persona
field-persona-needs-help = what the persona needs from the company
field-persona-frustrations-help = what annoys the persona today
field-persona-jobs-to-be-done-help = what the customer is trying to get done
field-persona-quote-help = something such a customer said
field-persona-says-help = empathy map: what the persona says out loud, in their words
field-persona-thinks-help = empathy map: what the persona thinks but may not say
field-persona-does-help = empathy map: what the persona does, as others can see it
field-persona-feels-help = empathy map: what the persona feels: worries, hopes, fears
field-team-id-help = the member's id (`tm-…`), made from the name when the member is added; never changes, so a rename merges; older files' members have none
field-team-name-help = the person's name
field-team-department-help = the person's department: its id in `[[departments]]` (a schema-1 file: its name)
field-team-role-help = the part the person plays in the workshop
field-department-id-help = the department's id (`dp-…`), made from its name; never changes
field-department-name-help = e.g. "Customer service"
field-department-short-name-help = a short form for narrow columns, e.g. "CS"
field-department-aliases-help = other names that mean this department (old spellings, a team's name)
field-stage-id-help = the stage's id (`st-…`), made from its name; never changes
field-stage-name-help = the phase, e.g. "Purchase"
field-stage-customer-goal-help = what the customer wants to achieve in this stage
field-stage-description-help = what happens in this stage
field-touchpoint-id-help = the touchpoint's id (`tp-…`), made from its name; never changes
field-touchpoint-stage-help = the stage it belongs to; touchpoints of a stage keep the map's order
field-touchpoint-name-help = the contact, e.g. "Checkout"
field-touchpoint-channel-help = how the customer and the company meet
field-touchpoint-owner-help = the department that touches the customer here: its id (a schema-1 file: its name)
field-touchpoint-personas-help = whom it concerns; empty means every persona
field-touchpoint-doing-help = what the customer does here
field-touchpoint-thinking-help = what the customer thinks here
field-touchpoint-feeling-help = what the customer feels here
field-touchpoint-emotion-help = -2 very negative, -1 negative, 0 neutral, 1 positive, 2 very positive; leave it out when not rated yet
field-touchpoint-pain-points-help = what hurts
field-touchpoint-moment-of-truth-help = a moment that decides whether the customer stays
field-touchpoint-evidence-help = what the findings rest on (see `evidence` below)
field-touchpoint-frontstage-help = blueprint: what employees do in front of the customer (see `actions` below)
field-touchpoint-backstage-help = blueprint: what employees do out of the customer's sight (see `actions` below)
field-touchpoint-support-help = blueprint: the systems and processes behind it (see `actions` below)
field-touchpoint-fail-point-help = blueprint: what goes wrong here
field-touchpoint-wait-help = blueprint: how long the customer waits here: `15m`, `2h`, `3d`, `1w` or a sum such as `1h30m`
field-touchpoint-web-links-help = web addresses about it: a recording, a dashboard (see `web_links` below)
field-evidence-source-help = where the finding comes from
field-evidence-note-help = what was found, e.g. "38% drop-off at the delivery step, Q1"
field-evidence-url-help = where to read more: the interview notes, the dashboard, the recording (`https://…`)
field-action-text-help = what is done, e.g. "Nurse checks the referral"
field-action-department-help = the department that does it: its id
field-link-title-help = what the address leads to, e.g. "Ticket CX-112"
field-link-url-help = the address, with its scheme: `https://…`, `mailto:…`
field-opportunity-id-help = the opportunity's id (`op-…`), made from its title; never changes
field-opportunity-title-help = the change, in a few words
field-opportunity-description-help = the change in a few sentences
field-opportunity-touchpoints-help = the touchpoints it improves
field-opportunity-stage-help = the stage it improves, when it is not about single touchpoints
field-opportunity-impact-help = 1 is low, 5 is high
field-opportunity-effort-help = 1 is low, 5 is high
field-opportunity-votes-help = votes count the team's dots; 0 or more
field-opportunity-owner-help = the department that carries it out: its id (a schema-1 file: its name)
field-opportunity-status-help = how far the change has come
field-opportunity-web-links-help = web addresses about it: the ticket that delivers it (see `web_links` below)
field-opportunity-issue-help = the address of its issue in the tracker; `cjm issues push` records it
field-opportunity-issue-state-help = the tracker's state of the issue (open, closed); `cjm issues pull` records it
field-metric-id-help = the metric's id (`me-…`), made from its name; never changes
field-metric-name-help = e.g. "NPS after delivery"
field-metric-kind-help = the kind of measure
field-metric-measures-help = what exactly is measured
field-metric-links-help = the stages, touchpoints or opportunities it measures
field-metric-unit-help = `%`, `points`, `minutes`…
field-metric-baseline-help = where we start
field-metric-target-help = where we want to be
field-metric-source-help = where the numbers come from (survey tool, analytics, CRM…)
field-metric-readings-help = measurements over time, oldest first (see `readings` below)
field-metric-web-links-help = web addresses about it: the dashboard it comes from (see `web_links` below)
field-reading-date-help = the day of the measurement
field-reading-value-help = the measured value

# A required value left empty (a reading's date or value).
value-must-be-set = must be set
# A required text left empty (a team member's name).
value-must-not-be-empty = must not be empty
