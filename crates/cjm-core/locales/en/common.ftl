# Words shared by every area: counts of a map's items.

count-stages = { $count ->
    [one] { $count } stage
   *[other] { $count } stages
}
count-touchpoints = { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
}
count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
count-moments-of-truth = { $count ->
    [one] { $count } moment of truth
   *[other] { $count } moments of truth
}
count-opportunities = { $count ->
    [one] { $count } opportunity
   *[other] { $count } opportunities
}
count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
