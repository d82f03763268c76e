# Words shared by every area: counts of a map's items.

count-stages = { $count ->
    [one] { $count } fas
   *[other] { $count } faser
}
count-touchpoints = { $count ->
    [one] { $count } kontaktpunkt
   *[other] { $count } kontaktpunkter
}
count-personas = { $count ->
    [one] { $count } persona
   *[other] { $count } personor
}
count-moments-of-truth = { $count ->
    [one] { $count } sanningens ögonblick
   *[other] { $count } sanningens ögonblick
}
count-opportunities = { $count ->
    [one] { $count } förbättringsmöjlighet
   *[other] { $count } förbättringsmöjligheter
}
count-errors = { $count ->
    [one] { $count } fel
   *[other] { $count } fel
}
count-warnings = { $count ->
    [one] { $count } varning
   *[other] { $count } varningar
}
