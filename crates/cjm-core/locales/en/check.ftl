# cjm check: the workshop checks, their messages and hints. Keys and values
# of the file (owner = "…", based_on, [[team]]) stay as the file spells them.

check-no-map-owner = the map has no owner
check-no-map-owner-hint = name the person who keeps the map alive after the workshop, e.g. owner = "Anna Nowak"
check-review-overdue = the review was due on { $due } ({ $days ->
    [1] yesterday
   *[other] { $days } days ago
})
check-review-overdue-hint = review the map with the team (is it still how customers experience the journey?), then set the next review_by date
check-missing-based-on = this future-state map does not say which current-state map it improves
check-missing-based-on-hint = add based_on = "current-state.toml", a path relative to this map's folder
check-based-on-not-found = based_on names "{ $path }", which cannot be found
check-based-on-not-found-hint = based_on is relative to this map's folder; correct the path, or add the map it names

check-no-persona = the map has no persona
check-no-persona-hint = add a [[personas]] entry with primary = true: the journey is drawn for one kind of customer
check-no-primary-persona = none of the { $count ->
    [one] { $count } persona
   *[other] { $count } personas
} is marked primary
check-no-primary-persona-hint = write primary = true on the persona the journey is drawn for
check-team-not-recorded = the workshop team is not recorded
check-no-department = no team member has a department
check-one-department = the team comes from one department only ({ $department })
check-few-departments = the team comes from only { $count } departments ({ $departments })
check-few-departments-hint = list who took part under [[team]] with their department; invite people from at least three (e.g. sales, customer service, delivery) to see the whole journey
check-absent-department = { $owner } owns { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
}, but nobody from { $owner } is in the team
check-absent-department-hint = invite someone from { $owner } to the workshop and add them under [[team]] with department = "{ $value }", or correct the touchpoints' owner

check-empty-stage = stage "{ $stage }" has no touchpoints
check-empty-stage-hint = add the contacts customers have in this stage, or remove the stage if the journey skips it
check-ends-at-purchase = the journey ends at "{ $stage }": no stage after the purchase
check-ends-at-purchase-hint = add what happens next (delivery, first use, support, loyalty): the experience after buying decides whether customers come back
check-nothing-after-purchase = no touchpoint after the purchase stage "{ $stage }"
check-nothing-after-purchase-hint = map what happens after buying (delivery, first use, support) in the later stages
check-negative-curve = the emotion curve is negative on { $negative } of { $rated } rated stages
check-negative-curve-hint = the journey mostly hurts: make sure opportunities address the low points first

check-no-evidence = touchpoint "{ $touchpoint }" has no evidence
check-no-evidence-hint = add what the finding rests on: evidence = [{"{"} source = "interview", note = "..." {"}"}]; write source = "assumption" when the team has no data yet
check-assumption-only = touchpoint "{ $touchpoint }" rests on assumptions only
check-assumption-only-hint = test it with customers (interview, survey, analytics, support log...) and add that evidence
check-no-touchpoint-owner = touchpoint "{ $touchpoint }" has no owner
check-no-touchpoint-owner-hint = name the department that touches the customer here, e.g. owner = "customer service"
check-no-emotion = the emotion at touchpoint "{ $touchpoint }" is not rated
check-no-emotion-hint = rate how the customer feels here, from -2 (very negative) to 2 (very positive), e.g. emotion = 0
check-unaddressed-emotion = touchpoint "{ $touchpoint }" has emotion { $emotion }, but no opportunity addresses it
check-unaddressed-pains = touchpoint "{ $touchpoint }" has { $count ->
    [one] { $count } pain point
   *[other] { $count } pain points
}, but no opportunity addresses it
check-unaddressed-pains-emotion = touchpoint "{ $touchpoint }" has { $count ->
    [one] { $count } pain point
   *[other] { $count } pain points
} and emotion { $emotion }, but no opportunity addresses it
check-unaddressed-pain-hint = add an opportunity with touchpoints = ["{ $id }"] (or stage = "{ $stage }")

check-unmeasured-opportunity = opportunity "{ $opportunity }" has no metric
check-unmeasured-opportunity-hint = add a [[metrics]] entry with links = ["{ $id }"] (a metric of its touchpoints or stage counts too)
check-no-baseline = metric "{ $metric }" has no baseline
check-no-baseline-hint = write the value measured today, e.g. baseline = 42, so the team can see whether changes help
check-no-target = metric "{ $metric }" has no target
check-no-target-hint = write the value the team aims for, e.g. target = 50

# cjm check DIR: the summary line.
check-dir-clean = { $count } without warnings
check-dir-warned = { $count } with warnings
check-dir-failed = { $count } could not be loaded
check-dir-summary = { $total ->
    [one] { $total } map
   *[other] { $total } maps
}: { $parts }
