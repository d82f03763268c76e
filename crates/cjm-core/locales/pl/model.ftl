# The model: ids, references and the rules a valid map keeps.

## Ids

model-id-empty = id nie może być puste
model-id-characters = id może zawierać tylko małe litery a-z, cyfry i `-`
model-id-dash = id nie może zaczynać się ani kończyć znakiem `-`
model-bad-id = { $problem }: `{ $id }`
model-id-example-hint = użyj id w rodzaju `{ $example }`
model-id-suggestion-hint = użyj zamiast tego `{ $suggestion }`
model-duplicate-id = powtórzone id `{ $id }`: ma je już inny element ({ $kind })
model-duplicate-id-hint = id w mapie muszą być niepowtarzalne; zmień to id (i to, co się do niego odwołuje)

## References

model-kinds-or = { $rest } lub { $last }
model-ref-wrong-kind = `{ $id }` to { $kind }, a tu potrzebny jest element typu: { $nouns }
model-ref-wrong-kind-hint = podaj tu id elementu typu: { $nouns }
model-ref-unknown = nie ma elementu typu { $nouns } o id `{ $id }`
model-ref-none-yet-hint = w mapie nie ma jeszcze żadnego elementu typu { $nouns }; najpierw go dodaj
model-known-ids = znane id: { $ids }
model-known-ids-some = znane id: { $ids }, … (razem { $count })

## What refers to an item (shown before it is deleted)

model-ref-stage-of = punkt styku „{ $name }” (jego etap)
model-ref-touchpoint = punkt styku „{ $name }”
model-ref-opportunity = szansa „{ $name }”
model-ref-metric = miernik „{ $name }”

## Rules of the map

model-no-title = mapa nie ma tytułu
model-no-title-hint = napisz, czego dotyczy mapa, np. title = "Sklep internetowy – pierwsze zamówienie"
model-primary-twice = persona `{ $id }` jest oznaczona jako główna, ale główna jest już `{ $first }`
model-primary-twice-hint = zostaw `primary = true` tylko przy jednej personie
model-not-a-persona-id = `{ $id }` nie jest id persony
model-shared-persona = wspólna persona nr { $number }: { $problem }
model-shared-persona-hint = podaj id persony, np. `pe-hannah`, albo plik i id: `../personas.toml#pe-hannah`
model-empty-name = { $noun }: pole `{ $field }` jest puste
model-empty-name-hint = uzupełnij pole `{ $field }` ({ $noun })
model-unknown-department = nieznany dział `{ $id }`
model-department-by-name-hint = wpisz id działu: `{ $id }`
model-department-near-hint = czy chodziło o `{ $near }`? albo dodaj wpis [[departments]] z id = "{ $id }"
model-department-known-hint = użyj id jednego z działów ({ $known }) albo dodaj dla niego wpis [[departments]]
model-bad-url = błędny adres internetowy "{ $url }": { $problem }
model-bad-url-hint = wpisz cały adres tak, jak pokazuje go przeglądarka, np. "https://example.com/strona"
model-link-no-url = link nie ma `url`
model-link-no-url-hint = dodaj do linku url = "https://…" albo go usuń

## Values of fields (an edit, a merge): each follows the field's key, "`impact` przyjmuje …"

value-not-a-field = nie jest polem tego elementu
value-takes-text = przyjmuje tekst
value-takes-boolean = przyjmuje true albo false
value-takes-texts = przyjmuje listę tekstów
value-takes-one-of = przyjmuje jedną z wartości: { $allowed }
value-must-be-one-of = musi mieć jedną z wartości: { $allowed }
value-takes-integer-at-least = przyjmuje liczbę całkowitą nie mniejszą niż { $min }
value-takes-integer-range = przyjmuje liczbę całkowitą od { $min } do { $max }
value-takes-number = przyjmuje skończoną liczbę
value-takes-date = przyjmuje datę (RRRR-MM-DD)
value-takes-tables = przyjmuje listę tabel z kluczami { $keys }
value-needs-source = wymaga `source` w każdym elemencie: { $problem }
value-takes-text-key = przyjmuje tekst w `{ $key }`
value-needs-key = wymaga `{ $key }` w każdym elemencie
value-takes-readings = przyjmuje tabele w rodzaju {"{"} date = 2026-03-31, value = 42 {"}"}

## A merge conflict recorded in the map ([[conflicts]]) that does not fit it

model-conflict-the-map = mapa
model-conflict-the-goal = cel
model-conflict-no-member = nikt w zespole nie nazywa się "{ $name }"
model-conflict-no-item = żaden element nie ma id `{ $id }`
model-conflict-unknown-item = ten konflikt dotyczy elementu, którego nie ma w mapie: { $what }
model-conflict-unknown-item-hint = jeśli konflikt jest rozstrzygnięty, usuń tę tabelę [[conflicts]]; w przeciwnym razie popraw `item`
model-conflict-needs-field = konflikt both-changed wymaga `field`, czyli pola zmienionego po obu stronach
model-conflict-needs-field-hint = dodaj field = "..." z nazwą pola
model-conflict-not-a-field = { $what }: nie ma pola `{ $field }`
model-conflict-known-fields = znane pola: { $fields }
model-conflict-value-does-not-fit = ta wartość nie pasuje: { $problem }
model-conflict-order-item-hint = konflikt kolejności dotyczy item = "map" (sekcji) albo id etapu (jego punktów styku)
model-conflict-order-field-hint = wpisz field = jedna z wartości: { $fields }
model-conflict-order-bad-field = konflikt kolejności ({ $what }) nie może dotyczyć `{ $field }`
model-conflict-order-ids = konflikt kolejności podaje id elementów w kolejności danej strony
model-conflict-order-ids-hint = zapisz listę id, np. ["st-a", "st-b"]
model-conflict-whole-item = konflikt { $kind } dotyczy całego elementu i nie ma `field`
model-conflict-whole-item-hint = usuń wiersz `field`
model-conflict-same-id-ids = konflikt same-id podaje id po każdej stronie
model-conflict-same-id-ids-hint = zapisz id jako tekst, np. "tp-example"
model-conflict-one-side = konflikt { $kind } ma wartość dokładnie po jednej stronie: tej, która zachowała element
model-conflict-one-side-hint = pomiń `ours` albo `theirs` – tę stronę, która usunęła element
model-conflict-must-list = ta wartość musi wymieniać { $what ->
    [fields] pola zmienione przez tę stronę
   *[referrers] id elementów, które się do niego odwołują
}
model-conflict-must-list-hint = zapisz listę tekstów, np. { $example }
