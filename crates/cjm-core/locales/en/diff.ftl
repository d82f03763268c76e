# cjm diff: the semantic difference between two maps.

diff-no-differences = No differences (comments are not compared).
diff-not-set = not set
diff-moved = moved
diff-from-stage-to = from stage { $from } to { $to }
diff-now-after = now after { $item }
diff-now-first = now first
diff-new-order = same elements, new order
diff-added = added
diff-removed = removed
diff-changed = changed
diff-emotion-per-stage = Emotion per stage
diff-emotion-per-stage-note = average of rated touchpoints, -2 to +2
diff-emotion-per-stage-legend = Average emotion of the rated touchpoints, from -2 to +2.
diff-stage = Stage
diff-before = Before
diff-after = After
diff-change = Change
diff-section-map = Map
diff-section-goal = Goal
diff-section-personas = Personas
diff-section-team = Team
diff-section-stages = Stages
diff-section-touchpoints = Touchpoints
diff-section-opportunities = Opportunities
diff-section-metrics = Metrics
diff-section-conflicts = Conflicts
