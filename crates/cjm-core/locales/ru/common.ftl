# Words shared by every area: counts of a map's items.

count-stages = { $count ->
    [one] { $count } этап
    [few] { $count } этапа
    [many] { $count } этапов
   *[other] { $count } этапа
}
count-touchpoints = { $count ->
    [one] { $count } точка контакта
    [few] { $count } точки контакта
    [many] { $count } точек контакта
   *[other] { $count } точки контакта
}
count-personas = { $count ->
    [one] { $count } персона
    [few] { $count } персоны
    [many] { $count } персон
   *[other] { $count } персоны
}
count-moments-of-truth = { $count ->
    [one] { $count } момент истины
    [few] { $count } момента истины
    [many] { $count } моментов истины
   *[other] { $count } момента истины
}
count-opportunities = { $count ->
    [one] { $count } возможность
    [few] { $count } возможности
    [many] { $count } возможностей
   *[other] { $count } возможности
}
count-errors = { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
    [many] { $count } ошибок
   *[other] { $count } ошибки
}
count-warnings = { $count ->
    [one] { $count } предупреждение
    [few] { $count } предупреждения
    [many] { $count } предупреждений
   *[other] { $count } предупреждения
}
