# The model: ids, references and the rules a valid map keeps.

## Ids

model-id-empty = ett id får inte vara tomt
model-id-characters = ett id får bara innehålla små bokstäver a-z, siffror och `-`
model-id-dash = ett id får inte börja eller sluta med `-`
model-bad-id = { $problem }: `{ $id }`
model-id-example-hint = använd ett id som `{ $example }`
model-id-suggestion-hint = använd `{ $suggestion }` i stället
model-duplicate-id = dubblerat id `{ $id }`: det används redan ({ $kind })
model-duplicate-id-hint = id:n måste vara unika i kartan; byt namn på det här (och på det som hänvisar till det)

## References

model-kinds-or = { $rest } eller { $last }
model-ref-wrong-kind = `{ $id }` är av typen { $kind }, inte { $nouns }
model-ref-wrong-kind-hint = ange id:t för ett objekt av typen { $nouns } här
model-ref-unknown = inget objekt av typen { $nouns } har id:t `{ $id }`
model-ref-none-yet-hint = kartan har inga objekt av typen { $nouns } än; lägg till ett först
model-known-ids = kända id:n: { $ids }
model-known-ids-some = kända id:n: { $ids }, … ({ $count } totalt)

## What refers to an item (shown before it is deleted)

model-ref-stage-of = kontaktpunkten ”{ $name }” (dess fas)
model-ref-touchpoint = kontaktpunkten ”{ $name }”
model-ref-opportunity = förbättringsmöjligheten ”{ $name }”
model-ref-metric = mätetalet ”{ $name }”

## Rules of the map

model-no-title = kartan har ingen titel
model-no-title-hint = skriv vad kartan handlar om, t.ex. title = "Webbutik – första beställningen"
model-primary-twice = personan `{ $id }` är markerad som primär, men det är redan `{ $first }`
model-primary-twice-hint = ha `primary = true` på bara en persona
model-not-a-persona-id = `{ $id }` är inget persona-id
model-shared-persona = delad persona nr { $number }: { $problem }
model-shared-persona-hint = ange ett persona-id som `pe-hannah`, eller en fil och ett id: `../personas.toml#pe-hannah`
model-empty-name = { $noun }: fältet `{ $field }` är tomt
model-empty-name-hint = fyll i fältet `{ $field }` ({ $noun })
model-unknown-department = okänd avdelning `{ $id }`
model-department-by-name-hint = skriv avdelningens id: `{ $id }`
model-department-near-hint = menade du `{ $near }`? eller lägg till en [[departments]]-post med id = "{ $id }"
model-department-known-hint = använd en av avdelningarnas id:n ({ $known }) eller lägg till en [[departments]]-post för den
model-bad-url = felaktig webbadress "{ $url }": { $problem }
model-bad-url-hint = skriv hela adressen som webbläsaren visar den, t.ex. "https://example.com/sida"
model-link-no-url = en webblänk saknar `url`
model-link-no-url-hint = lägg till url = "https://…" i länken, eller ta bort den

## Values of fields (an edit, a merge): each follows the field's key, "`impact` tar …"

value-not-a-field = är inget fält i det här objektet
value-takes-text = tar text
value-takes-boolean = tar true eller false
value-takes-texts = tar en lista med texter
value-takes-one-of = tar ett av: { $allowed }
value-must-be-one-of = måste sättas till ett av: { $allowed }
value-takes-integer-at-least = tar ett heltal på minst { $min }
value-takes-integer-range = tar ett heltal från { $min } till { $max }
value-takes-number = tar ett ändligt tal
value-takes-date = tar ett datum (ÅÅÅÅ-MM-DD)
value-takes-tables = tar en lista med tabeller med nycklarna { $keys }
value-needs-source = behöver en `source` i varje element: { $problem }
value-takes-text-key = tar en text i `{ $key }`
value-needs-key = behöver en `{ $key }` i varje element
value-takes-readings = tar tabeller som {"{"} date = 2026-03-31, value = 42 {"}"}

## A merge conflict recorded in the map ([[conflicts]]) that does not fit it

model-conflict-the-map = kartan
model-conflict-the-goal = målet
model-conflict-no-member = ingen i teamet heter "{ $name }"
model-conflict-no-item = inget objekt har id:t `{ $id }`
model-conflict-unknown-item = den här konflikten gäller ett objekt som kartan inte har: { $what }
model-conflict-unknown-item-hint = om konflikten är löst, ta bort den här [[conflicts]]-tabellen; annars rätta `item`
model-conflict-needs-field = en both-changed-konflikt behöver `field`, fältet som båda sidor ändrade
model-conflict-needs-field-hint = lägg till field = "..." med fältets namn
model-conflict-not-a-field = `{ $field }` är inget fält i { $what }
model-conflict-known-fields = kända fält: { $fields }
model-conflict-value-does-not-fit = värdet passar inte: { $problem }
model-conflict-order-item-hint = en ordningskonflikt gäller item = "map" (en sektion) eller en fas id (dess kontaktpunkter)
model-conflict-order-field-hint = skriv field = ett av: { $fields }
model-conflict-order-bad-field = en ordningskonflikt i { $what } kan inte gälla `{ $field }`
model-conflict-order-ids = en ordningskonflikt listar objektens id:n i den sidans ordning
model-conflict-order-ids-hint = skriv en lista med id:n, t.ex. ["st-a", "st-b"]
model-conflict-whole-item = en { $kind }-konflikt gäller ett helt objekt och har inget `field`
model-conflict-whole-item-hint = ta bort raden `field`
model-conflict-same-id-ids = en same-id-konflikt anger ett id på varje sida
model-conflict-same-id-ids-hint = skriv id:t som text, t.ex. "tp-example"
model-conflict-one-side = en { $kind }-konflikt har ett värde på exakt en sida: den som behöll objektet
model-conflict-one-side-hint = utelämna `ours` eller `theirs`, den sida som tog bort objektet
model-conflict-must-list = värdet måste lista { $what ->
    [fields] fälten som den sidan ändrade
   *[referrers] id:n för objekten som hänvisar till det
}
model-conflict-must-list-hint = skriv en lista med texter, t.ex. { $example }
