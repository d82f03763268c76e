# Words shared by every area: counts of a map's items.

count-stages = { $count ->
    [one] { $count } etap
    [few] { $count } etapy
    [many] { $count } etapów
   *[other] { $count } etapu
}
count-touchpoints = { $count ->
    [one] { $count } punkt styku
    [few] { $count } punkty styku
    [many] { $count } punktów styku
   *[other] { $count } punktu styku
}
count-personas = { $count ->
    [one] { $count } persona
    [few] { $count } persony
    [many] { $count } person
   *[other] { $count } persony
}
count-moments-of-truth = { $count ->
    [one] { $count } moment prawdy
    [few] { $count } momenty prawdy
    [many] { $count } momentów prawdy
   *[other] { $count } momentu prawdy
}
count-opportunities = { $count ->
    [one] { $count } szansa
    [few] { $count } szanse
    [many] { $count } szans
   *[other] { $count } szansy
}
count-errors = { $count ->
    [one] { $count } błąd
    [few] { $count } błędy
    [many] { $count } błędów
   *[other] { $count } błędu
}
count-warnings = { $count ->
    [one] { $count } ostrzeżenie
    [few] { $count } ostrzeżenia
    [many] { $count } ostrzeżeń
   *[other] { $count } ostrzeżenia
}
