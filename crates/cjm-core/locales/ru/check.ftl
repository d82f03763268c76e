# cjm check: the workshop checks, their messages and hints. Keys and values
# of the file (owner = "…", based_on, [[team]]) stay as the file spells them.

check-no-map-owner = у карты нет владельца
check-no-map-owner-hint = укажите человека, который будет поддерживать карту после воркшопа, например owner = "Анна Смирнова"
check-review-overdue = пересмотр карты был назначен на { $due } ({ $days ->
    [1] вчера
    [one] { $days } день назад
    [few] { $days } дня назад
   *[other] { $days } дней назад
})
check-review-overdue-hint = пересмотрите карту вместе с командой (клиенты всё ещё проходят путь именно так?), затем назначьте следующую дату review_by
check-missing-based-on = эта карта целевого состояния не указывает, какую карту текущего состояния она улучшает
check-missing-based-on-hint = добавьте based_on = "current-state.toml" — путь относительно папки этой карты
check-based-on-not-found = based_on указывает на «{ $path }», но такого файла нет
check-based-on-not-found-hint = путь based_on считается от папки этой карты; исправьте его или добавьте нужную карту

check-no-persona = в карте нет ни одной персоны
check-no-persona-hint = добавьте запись [[personas]] с primary = true: путь строится для одного типа клиентов
check-no-primary-persona = ни одна из { $count ->
    [one] { $count } персоны
   *[other] { $count } персон
} не отмечена как основная
check-no-primary-persona-hint = напишите primary = true у персоны, для которой строится путь
check-team-not-recorded = состав команды воркшопа не записан
check-no-department = ни у кого в команде не указан отдел
check-one-department = вся команда из одного отдела ({ $department })
check-few-departments = команда собрана всего из { $count } отделов ({ $departments })
check-few-departments-hint = перечислите участников в [[team]] с их отделами; пригласите людей хотя бы из трёх отделов (например, продаж, поддержки, доставки), чтобы увидеть весь путь
check-absent-department = { $owner } отвечает за { $count ->
    [one] { $count } точку контакта
    [few] { $count } точки контакта
   *[other] { $count } точек контакта
}, но никого из { $owner } нет в команде
check-absent-department-hint = пригласите на воркшоп кого-нибудь из { $owner } и добавьте в [[team]] с department = "{ $value }" или исправьте владельца точек контакта

check-empty-stage = на этапе «{ $stage }» нет точек контакта
check-empty-stage-hint = добавьте контакты, которые клиенты имеют на этом этапе, или удалите этап, если путь его пропускает
check-ends-at-purchase = путь заканчивается на «{ $stage }»: после покупки нет ни одного этапа
check-ends-at-purchase-hint = добавьте то, что происходит дальше (доставка, первое использование, поддержка, лояльность): именно опыт после покупки решает, вернётся ли клиент
check-nothing-after-purchase = после этапа покупки «{ $stage }» нет ни одной точки контакта
check-nothing-after-purchase-hint = опишите на следующих этапах, что происходит после покупки (доставка, первое использование, поддержка)
check-negative-curve = кривая эмоций отрицательна на { $negative } из { $rated } оценённых этапов
check-negative-curve-hint = путь в основном болезненный: проследите, чтобы возможности в первую очередь закрывали самые низкие точки

check-no-evidence = у точки контакта «{ $touchpoint }» нет подтверждений
check-no-evidence-hint = добавьте, на чём основан вывод: evidence = [{"{"} source = "interview", note = "..." {"}"}]; пишите source = "assumption", если данных у команды пока нет
check-assumption-only = точка контакта «{ $touchpoint }» держится только на предположениях
check-assumption-only-hint = проверьте это с клиентами (интервью, опрос, аналитика, обращения в поддержку...) и добавьте подтверждение
check-no-touchpoint-owner = у точки контакта «{ $touchpoint }» нет владельца
check-no-touchpoint-owner-hint = укажите отдел, который здесь общается с клиентом, например owner = "поддержка клиентов"
check-no-emotion = эмоция в точке контакта «{ $touchpoint }» не оценена
check-no-emotion-hint = оцените, что чувствует клиент, от -2 (очень плохо) до 2 (очень хорошо), например emotion = 0
check-unaddressed-emotion = у точки контакта «{ $touchpoint }» эмоция { $emotion }, но ни одна возможность с этим не работает
check-unaddressed-pains = у точки контакта «{ $touchpoint }» { $count ->
    [one] { $count } болевая точка
    [few] { $count } болевые точки
   *[other] { $count } болевых точек
}, но ни одна возможность с этим не работает
check-unaddressed-pains-emotion = у точки контакта «{ $touchpoint }» { $count ->
    [one] { $count } болевая точка
    [few] { $count } болевые точки
   *[other] { $count } болевых точек
} и эмоция { $emotion }, но ни одна возможность с этим не работает
check-unaddressed-pain-hint = добавьте возможность с touchpoints = ["{ $id }"] (или stage = "{ $stage }")

check-unmeasured-opportunity = у возможности «{ $opportunity }» нет метрики
check-unmeasured-opportunity-hint = добавьте запись [[metrics]] с links = ["{ $id }"] (метрика её точек контакта или этапа тоже подходит)
check-no-baseline = у метрики «{ $metric }» нет исходного значения
check-no-baseline-hint = запишите значение, измеренное сегодня, например baseline = 42, чтобы команда видела, помогают ли изменения
check-no-target = у метрики «{ $metric }» нет целевого значения
check-no-target-hint = запишите значение, к которому стремится команда, например target = 50

# cjm check DIR: the summary line.
check-dir-clean = без предупреждений: { $count }
check-dir-warned = с предупреждениями: { $count }
check-dir-failed = не удалось загрузить: { $count }
check-dir-summary = { $total ->
    [one] { $total } карта
    [few] { $total } карты
   *[many] { $total } карт
}: { $parts }
