# cjm diff: the semantic difference between two maps.

diff-no-differences = Inga skillnader (kommentarer jämförs inte).
diff-not-set = inte angivet
diff-moved = flyttad
diff-from-stage-to = från fasen { $from } till { $to }
diff-now-after = nu efter { $item }
diff-now-first = nu först
diff-new-order = samma delar, ny ordning
diff-added = tillagd
diff-removed = borttagen
diff-changed = ändrad
diff-emotion-per-stage = Känsla per fas
diff-emotion-per-stage-note = genomsnitt av bedömda kontaktpunkter, -2 till +2
diff-emotion-per-stage-legend = Genomsnittlig känsla för de bedömda kontaktpunkterna, från -2 till +2.
diff-stage = Fas
diff-before = Före
diff-after = Efter
diff-change = Förändring
diff-section-map = Karta
diff-section-goal = Mål
diff-section-personas = Personor
diff-section-team = Team
diff-section-stages = Faser
diff-section-touchpoints = Kontaktpunkter
diff-section-opportunities = Förbättringsmöjligheter
diff-section-metrics = Mått
diff-section-conflicts = Konflikter
