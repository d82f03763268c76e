# История карты из git: `cjm log`, `cjm log --trend` и история в панели
# подробностей элемента.

history-git-missing = git не установлен (или его нет в PATH)
history-git-missing-hint = установите git (https://git-scm.com) и запустите команду снова
history-not-a-repository = { $path } не находится в репозитории git
history-not-a-repository-hint = история берётся из git: храните карту в репозитории и делайте коммиты
history-missing = такого файла нет, и у git нет его истории
history-missing-hint = проверьте имя файла и папку
history-not-tracked = git не отслеживает { $path }: коммитов с ним ещё нет
history-not-tracked-hint = сначала закоммитьте его: git add { $path } && git commit
history-git-failed = `git { $args }` завершился с ошибкой: { $message }
history-git-failed-hint = запустите эту команду git сами, чтобы увидеть причину
history-unknown-item = ни один элемент не подходит под «{ $query }»
history-unknown-item-hint = укажите элемент по id (tp-…, st-…, op-…) или по названию
history-did-you-mean = может быть, { $suggestion }?
history-does-not-load = не загружается

## cjm log

history-title-map = История { $path }
history-title-item = История { $item } в { $path }
history-no-change = Ни один коммит это не менял.
history-file-was = (раньше файл назывался { $path })
history-created = карта создана ({ $count ->
    [one] { $count } элемент
    [few] { $count } элемента
    [many] { $count } элементов
   *[other] { $count } элемента
})
history-skipped = пропущено:
history-broken = эта версия не загружается ({ $problem })

## cjm log --trend

trend-title = Тренд { $path } за { $count ->
    [one] { $count } коммит
    [few] { $count } коммита
    [many] { $count } коммитов
   *[other] { $count } коммита
} (от старых к новым)
trend-skipped = { $commit } не загружается ({ $problem })
trend-commit = коммит
trend-date = дата
trend-evidence = данные
trend-votes = голоса
trend-chart = График
trend-chart-note = (от старых к новым; эмоции от -2 до +2)
trend-backed = подтверждено данными

## История в панели подробностей элемента

history-pane-title = { $item } · история
history-pane-loading = Читаю историю из git…
history-pane-uncommitted = Незакоммиченных изменений в истории нет.
