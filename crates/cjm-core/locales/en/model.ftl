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
