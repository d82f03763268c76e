# cjm diff: the semantic difference between two maps.

diff-no-differences = Brak różnic (komentarze nie są porównywane).
diff-not-set = nie ustawiono
diff-moved = przeniesiono
diff-from-stage-to = z etapu { $from } do { $to }
diff-now-after = teraz po { $item }
diff-now-first = teraz na początku
diff-new-order = te same elementy, nowa kolejność
diff-added = dodano
diff-removed = usunięto
diff-changed = zmieniono
diff-emotion-per-stage = Emocje na etapach
diff-emotion-per-stage-note = średnia ocenionych punktów styku, od -2 do +2
diff-emotion-per-stage-legend = Średnia emocja ocenionych punktów styku, od -2 do +2.
diff-stage = Etap
diff-before = Przed
diff-after = Po
diff-change = Zmiana
diff-section-map = Mapa
diff-section-goal = Cel
diff-section-personas = Persony
diff-section-team = Zespół
diff-section-stages = Etapy
diff-section-touchpoints = Punkty styku
diff-section-opportunities = Szanse
diff-section-metrics = Mierniki
diff-section-conflicts = Konflikty
