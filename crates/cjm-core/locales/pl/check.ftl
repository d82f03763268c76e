# cjm check: the workshop checks, their messages and hints. Keys and values
# of the file (owner = "…", based_on, [[team]]) stay as the file spells them.

check-no-map-owner = mapa nie ma właściciela
check-no-map-owner-hint = wpisz osobę, która po warsztacie będzie dbać o aktualność mapy, np. owner = "Anna Nowak"
check-review-overdue = przegląd mapy był zaplanowany na { $due } ({ $days ->
    [1] wczoraj
   *[other] { $days } dni temu
})
check-review-overdue-hint = przejrzyj mapę z zespołem (czy klienci wciąż tak przechodzą tę podróż?), a potem ustaw kolejną datę review_by
check-missing-based-on = ta mapa stanu docelowego nie mówi, którą mapę stanu obecnego ulepsza
check-missing-based-on-hint = dodaj based_on = "current-state.toml", ścieżkę względem folderu tej mapy
check-based-on-not-found = based_on wskazuje „{ $path }”, a takiego pliku nie ma
check-based-on-not-found-hint = based_on jest względne wobec folderu tej mapy; popraw ścieżkę albo dodaj wskazaną mapę

check-no-persona = mapa nie ma persony
check-no-persona-hint = dodaj wpis [[personas]] z primary = true: podróż rysujemy dla jednego typu klienta
check-no-primary-persona = żadna z { $count ->
    [one] { $count } persony
   *[other] { $count } person
} nie jest oznaczona jako główna
check-no-primary-persona-hint = wpisz primary = true przy personie, dla której rysujecie podróż
check-team-not-recorded = skład zespołu warsztatowego nie jest zapisany
check-no-department = nikt z zespołu nie ma przypisanego działu
check-one-department = cały zespół pochodzi z jednego działu ({ $department })
check-few-departments = zespół pochodzi tylko z { $count } działów ({ $departments })
check-few-departments-hint = wpisz uczestników w [[team]] razem z ich działami; zaproś ludzi z co najmniej trzech działów (np. sprzedaży, obsługi klienta, logistyki), żeby zobaczyć całą podróż
check-absent-department = { $owner } odpowiada za { $count ->
    [one] { $count } punkt styku
    [few] { $count } punkty styku
   *[other] { $count } punktów styku
}, ale nikogo z { $owner } nie ma w zespole
check-absent-department-hint = zaproś na warsztat kogoś z { $owner } i dopisz tę osobę w [[team]] z department = "{ $value }" albo popraw właściciela punktów styku

check-empty-stage = etap „{ $stage }” nie ma punktów styku
check-empty-stage-hint = dodaj kontakty, jakie klienci mają na tym etapie, albo usuń etap, jeśli podróż go pomija
check-ends-at-purchase = podróż kończy się na „{ $stage }”: po zakupie nie ma już żadnego etapu
check-ends-at-purchase-hint = dodaj to, co dzieje się dalej (dostawa, pierwsze użycie, wsparcie, lojalność): to doświadczenie po zakupie decyduje, czy klient wróci
check-nothing-after-purchase = po etapie zakupu „{ $stage }” nie ma żadnego punktu styku
check-nothing-after-purchase-hint = opisz w kolejnych etapach, co dzieje się po zakupie (dostawa, pierwsze użycie, wsparcie)
check-negative-curve = krzywa emocji jest ujemna na { $negative } z { $rated } ocenionych etapów
check-negative-curve-hint = ta podróż głównie boli: zadbaj, by szanse najpierw odpowiadały na najniższe punkty krzywej

check-no-evidence = punkt styku „{ $touchpoint }” nie ma dowodów
check-no-evidence-hint = dodaj, na czym opiera się ustalenie: evidence = [{"{"} source = "interview", note = "..." {"}"}]; wpisz source = "assumption", gdy zespół nie ma jeszcze danych
check-assumption-only = punkt styku „{ $touchpoint }” opiera się wyłącznie na założeniach
check-assumption-only-hint = sprawdźcie to z klientami (wywiad, ankieta, analityka, zgłoszenia do obsługi...) i dodajcie ten dowód
check-no-touchpoint-owner = punkt styku „{ $touchpoint }” nie ma właściciela
check-no-touchpoint-owner-hint = wpisz dział, który ma tu kontakt z klientem, np. owner = "obsługa klienta"
check-no-emotion = emocja w punkcie styku „{ $touchpoint }” nie jest oceniona
check-no-emotion-hint = oceń, jak klient czuje się w tym miejscu, od -2 (bardzo źle) do 2 (bardzo dobrze), np. emotion = 0
check-unaddressed-emotion = punkt styku „{ $touchpoint }” ma emocję { $emotion }, ale żadna szansa na to nie odpowiada
check-unaddressed-pains = punkt styku „{ $touchpoint }” ma { $count ->
    [one] { $count } problem
    [few] { $count } problemy
   *[other] { $count } problemów
}, ale żadna szansa na to nie odpowiada
check-unaddressed-pains-emotion = punkt styku „{ $touchpoint }” ma { $count ->
    [one] { $count } problem
    [few] { $count } problemy
   *[other] { $count } problemów
} i emocję { $emotion }, ale żadna szansa na to nie odpowiada
check-unaddressed-pain-hint = dodaj szansę z touchpoints = ["{ $id }"] (albo stage = "{ $stage }")

check-unmeasured-opportunity = szansa „{ $opportunity }” nie ma miernika
check-unmeasured-opportunity-hint = dodaj wpis [[metrics]] z links = ["{ $id }"] (liczy się też miernik jej punktów styku lub etapu)
check-no-baseline = miernik „{ $metric }” nie ma wartości wyjściowej
check-no-baseline-hint = wpisz wartość zmierzoną dziś, np. baseline = 42, żeby zespół widział, czy zmiany pomagają
check-no-target = miernik „{ $metric }” nie ma wartości docelowej
check-no-target-hint = wpisz wartość, do której zespół dąży, np. target = 50

# cjm check DIR: the summary line.
check-dir-clean = bez ostrzeżeń: { $count }
check-dir-warned = z ostrzeżeniami: { $count }
check-dir-failed = nie dało się wczytać: { $count }
check-dir-summary = { $total ->
    [one] { $total } mapa
    [few] { $total } mapy
   *[many] { $total } map
}: { $parts }
