# Отделы, сервисный блюпринт, ожидание и веб-ссылки (схема 2), а также cjm migrate.

wait-negative = время ожидания не может быть отрицательным
wait-unreadable = время ожидания — это число и единица: `15m`, `2h`, `3d`, `1w` или сумма, например `1h30m`
url-empty = у ссылки должен быть адрес
url-space = в веб-адресе не бывает пробелов; пробел записывается как %20
url-scheme = веб-адрес начинается со схемы, например https://
url-host = веб-адрес называет сервер после //, например https://example.com/
url-nothing-after-scheme = после схемы адреса ничего нет

# cjm migrate
migrate-customer-comment = отдел до миграции: { $text } (роль клиента, а не отдел компании)
migrate-up-to-date = уже актуальна: { $path }
migrate-would = будет перенесена: { $path }
migrate-done = перенесена: { $path }
migrate-department = + { $name } ({ $id })
migrate-department-aliases = + { $name } ({ $id }), также: { $aliases }
migrate-merged = = «{ $from }» теперь другое название отдела «{ $into }»
migrate-proposal-obvious = ? «{ $from }» похоже на группу отдела «{ $into }»: запустите с --yes, чтобы объединить их
migrate-proposal-similar = ? «{ $from }» пишется похоже на «{ $into }»: объедините их в приложении или добавьте псевдоним вручную
migrate-customer = - { $member }: «{ $text }» — роль клиента, а не отдел; сохранено в комментарии

# cjm check
check-similar-departments = отделы «{ $name }» и «{ $other }» похожи на один отдел
check-similar-departments-hint = если это один отдел, удалите «{ $name }», добавьте его название в псевдонимы `{ $id }` и направьте ссылки туда; если нет, дайте им различимые названия

# A wait as people say it in reports: "12 days", "1 hour 30 min".
wait-weeks = { $count ->
    [one] { $count } неделя
    [few] { $count } недели
   *[many] { $count } недель
}
wait-days = { $count ->
    [one] { $count } день
    [few] { $count } дня
   *[many] { $count } дней
}
wait-hours = { $count } ч
wait-minutes = { $count } мин
