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
model-not-a-department-id = `{ $id }` nie jest id działu
model-shared-department = wspólny dział nr { $number }: { $problem }
model-shared-department-hint = podaj id działu, np. `dp-logistics`, albo plik i id: `../departments.toml#dp-logistics`
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
value-takes-no-integer = nie przyjmuje liczby całkowitej
value-id-never-changes = nigdy się nie zmienia, więc odwołania i scalanie przetrwają zmianę nazwy

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

## The one-line help of each field in the app's form: field-<label>-help
field-map-title-help = czego dotyczy mapa, np. "Sklep internetowy – pierwsze zamówienie"
field-map-language-help = język treści: znacznik BCP 47, np. `pl`, `sv`, `ru`
field-map-based-on-help = dla mapy stanu docelowego: ścieżka mapy stanu obecnego, którą ulepsza, względem folderu tego pliku
field-map-owner-help = osoba, która dba o mapę po warsztacie
field-map-parking-lot-help = pomysły z warsztatu, które należą gdzie indziej
field-map-shared-personas-help = wspólne persony map repozytorium, których używa ta mapa: id z `cjm.toml` (`pe-hannah`) albo `plik#id` (`../personas.toml#pe-hannah`)
field-map-shared-departments-help = wspólne działy map repozytorium, które wymienia ta mapa: id z `cjm.toml` (`dp-logistics`) albo `plik#id` (`../departments.toml#dp-logistics`)
field-map-kind-help = rodzaj mapy
field-map-created-help = dzień, w którym zaczęto mapę
field-map-review-by-help = data następnego przeglądu
field-goal-focus-help = rodzaj celu
field-goal-statement-help = czego zespół chce się dowiedzieć albo co zmienić
field-goal-scope-help = gdzie podróż się zaczyna i kończy, co zostaje poza nią
field-goal-success-criteria-help = po czym zespół pozna, że mapowanie się opłaciło
field-persona-id-help = id persony (`pe-…`), tworzone z imienia; nigdy się nie zmienia
field-persona-name-help = np. "Anna, kupuje pierwszy raz"
field-persona-primary-help = persona, dla której najpierw rysuje się podróż; najwyżej jedna
field-persona-segment-help = segment, który reprezentuje persona
field-persona-description-help = profil persony (może mieć wiele wierszy)
field-persona-demographics-help = wiek, miejsce, praca, gospodarstwo domowe: to, co ważne dla podróży
field-persona-behaviours-help = jak persona zwykle działa: nawyki, kanały, rutyny
field-persona-motivations-help = co napędza personę
field-persona-needs-help = czego persona potrzebuje od firmy
field-persona-frustrations-help = co dziś irytuje personę
field-persona-jobs-to-be-done-help = co klient próbuje załatwić
field-persona-quote-help = coś, co powiedział taki klient
field-persona-says-help = mapa empatii: co persona mówi na głos, jej słowami
field-persona-thinks-help = mapa empatii: co persona myśli, choć może tego nie mówić
field-persona-does-help = mapa empatii: co persona robi, jak widzą to inni
field-persona-feels-help = mapa empatii: co persona czuje: obawy, nadzieje, lęki
field-team-id-help = id członka zespołu (`tm-…`), tworzone z imienia przy dodaniu; nigdy się nie zmienia, więc zmiana imienia się scala; członkowie ze starszych plików go nie mają
field-team-name-help = imię i nazwisko osoby
field-team-department-help = dział osoby: jego id w `[[departments]]` (w pliku w schemacie 1: jego nazwa)
field-team-role-help = rola osoby na warsztacie
field-department-id-help = id działu (`dp-…`), tworzone z nazwy; nigdy się nie zmienia
field-department-name-help = np. "Obsługa klienta"
field-department-short-name-help = krótka forma do wąskich kolumn, np. "BOK"
field-department-aliases-help = inne nazwy tego działu (dawne pisownie, nazwa zespołu)
field-stage-id-help = id etapu (`st-…`), tworzone z nazwy; nigdy się nie zmienia
field-stage-name-help = faza, np. "Zakup"
field-stage-customer-goal-help = co klient chce osiągnąć na tym etapie
field-stage-description-help = co dzieje się na tym etapie
field-touchpoint-id-help = id punktu styku (`tp-…`), tworzone z nazwy; nigdy się nie zmienia
field-touchpoint-stage-help = etap, do którego należy; punkty styku etapu zachowują kolejność mapy
field-touchpoint-name-help = kontakt, np. "Kasa"
field-touchpoint-channel-help = jak spotykają się klient i firma
field-touchpoint-owner-help = dział, który styka się tu z klientem: jego id (w pliku w schemacie 1: jego nazwa)
field-touchpoint-personas-help = kogo dotyczy; pusto znaczy: wszystkich person
field-touchpoint-doing-help = co klient tu robi
field-touchpoint-thinking-help = co klient tu myśli
field-touchpoint-feeling-help = co klient tu czuje
field-touchpoint-emotion-help = -2 bardzo negatywne, -1 negatywne, 0 neutralne, 1 pozytywne, 2 bardzo pozytywne; pomiń, dopóki nie ocenione
field-touchpoint-pain-points-help = co boli
field-touchpoint-moment-of-truth-help = chwila, która przesądza, czy klient zostanie
field-touchpoint-evidence-help = na czym opierają się ustalenia (zob. `evidence` niżej)
field-touchpoint-frontstage-help = blueprint: co pracownicy robią na oczach klienta (zob. `actions` niżej)
field-touchpoint-backstage-help = blueprint: co pracownicy robią poza wzrokiem klienta (zob. `actions` niżej)
field-touchpoint-support-help = blueprint: systemy i procesy w tle (zob. `actions` niżej)
field-touchpoint-fail-point-help = blueprint: co tu się psuje
field-touchpoint-wait-help = blueprint: jak długo klient tu czeka: `15m`, `2h`, `3d`, `1w` albo suma, np. `1h30m`
field-touchpoint-web-links-help = adresy internetowe na jego temat: nagranie, pulpit (zob. `web_links` niżej)
field-evidence-source-help = skąd pochodzi ustalenie
field-evidence-note-help = co ustalono, np. "38% rezygnacji na kroku dostawy, I kw."
field-evidence-url-help = gdzie przeczytać więcej: notatki z wywiadu, pulpit, nagranie (`https://…`)
field-action-text-help = co się robi, np. "Pielęgniarka sprawdza skierowanie"
field-action-department-help = dział, który to robi: jego id
field-link-title-help = dokąd prowadzi adres, np. "Zgłoszenie CX-112"
field-link-url-help = adres ze schematem: `https://…`, `mailto:…`
field-opportunity-id-help = id szansy (`op-…`), tworzone z tytułu; nigdy się nie zmienia
field-opportunity-title-help = zmiana w kilku słowach
field-opportunity-description-help = zmiana w kilku zdaniach
field-opportunity-touchpoints-help = punkty styku, które ulepsza
field-opportunity-stage-help = etap, który ulepsza, gdy nie chodzi o pojedyncze punkty styku
field-opportunity-impact-help = 1 to mało, 5 to dużo
field-opportunity-effort-help = 1 to mało, 5 to dużo
field-opportunity-votes-help = głosy to kropki zespołu; 0 lub więcej
field-opportunity-owner-help = dział, który ją przeprowadza: jego id (w pliku w schemacie 1: jego nazwa)
field-opportunity-status-help = jak daleko zaszła zmiana
field-opportunity-web-links-help = adresy internetowe na jej temat: zgłoszenie, które ją realizuje (zob. `web_links` niżej)
field-opportunity-issue-help = adres jej zgłoszenia w systemie zgłoszeń; zapisuje go `cjm issues push`
field-opportunity-issue-state-help = stan zgłoszenia w systemie zgłoszeń (open, closed); zapisuje go `cjm issues pull`
field-metric-id-help = id miernika (`me-…`), tworzone z nazwy; nigdy się nie zmienia
field-metric-name-help = np. "NPS po dostawie"
field-metric-kind-help = rodzaj pomiaru
field-metric-measures-help = co dokładnie się mierzy
field-metric-links-help = etapy, punkty styku albo szanse, które mierzy
field-metric-unit-help = `%`, `punkty`, `minuty`…
field-metric-baseline-help = skąd zaczynamy
field-metric-target-help = dokąd chcemy dojść
field-metric-source-help = skąd pochodzą liczby (narzędzie ankietowe, analityka, CRM…)
field-metric-readings-help = pomiary w czasie, od najstarszego (zob. `readings` niżej)
field-metric-web-links-help = adresy internetowe na jego temat: pulpit, z którego pochodzi (zob. `web_links` niżej)
field-reading-date-help = dzień pomiaru
field-reading-value-help = zmierzona wartość

# A required value left empty (a reading's date or value).
value-must-be-set = musi mieć wartość
# A required text left empty (a team member's name).
value-must-not-be-empty = nie może być puste
