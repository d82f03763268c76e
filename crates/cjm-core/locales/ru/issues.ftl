# От карты к бэклогу: `cjm issues push` и `cjm issues pull`, а также задачи,
# которые пишут экспорты для трекеров (GitHub, GitLab, Jira).

issues-install-hint = установите { $program } ({ $site }) и войдите через `{ $program } auth login`; или запишите задачи в файл: `cjm export --format { $format }`
issues-changed-on-disk = карта тем временем изменилась на диске, поэтому cjm не стал её перезаписывать
issues-tool-missing = { $program } не установлен (или его нет в PATH)
issues-tool-failed = `{ $program }` не смог { $what } (код выхода { $code })
issues-tool-failed-said = `{ $program }` не смог { $what } (код выхода { $code }): { $message }
issues-tool-not-run = не удалось запустить `{ $program }`, чтобы { $what }: { $message }

## cjm issues push

issues-nothing-to-push = Отправлять нечего: у каждой открытой возможности уже есть задача.
issues-would-create = Будет создано { $count ->
    [one] { $count } задача
    [few] { $count } задачи
    [many] { $count } задач
   *[other] { $count } задачи
} в { $tracker } через `{ $program }` (пробный запуск: ничего не создано):
issues-run-again = Запустите снова с --yes, чтобы создать их; адрес каждой запишется в её возможность.
issues-to-create = создать задачу для { $id }
issues-created-before = { $count ->
    [one] { $count } задача создана
    [few] { $count } задачи созданы
    [many] { $count } задач созданы
   *[other] { $count } задачи созданы
} и записаны до этого; устраните причину и запустите команду снова, чтобы создать остальные
issues-created = создано: { $id }  { $url }
issues-not-recorded = { $url } создана, но не записана: добавьте issue = "{ $url }" в { $id }
issues-done = { $count ->
    [one] Создана { $count } задача
    [few] Созданы { $count } задачи
    [many] Создано { $count } задач
   *[other] Создано { $count } задачи
} в { $tracker }; их адреса записаны в { $file }.
issues-no-address = он не вывел адрес задачи (вывод: { $output })

## cjm issues pull

issues-state = { $state ->
    [open] открыта
    [closed] закрыта
   *[not-planned] закрыта как незапланированная
}
issues-status-changed = { $id }: { $from } → { $to } (задача { $state })
issues-not-json = его ответ — не JSON: { $error }
issues-unknown-state = он вернул неизвестное состояние «{ $state }»
issues-to-read = прочитать задачу для { $id }
issues-read-hint = проверьте адрес и вход в систему; остальные возможности обновлены
issues-pull-not-saved-hint = ничего не изменено; запустите `cjm issues pull` снова
issues-none-tracked = Ни у одной возможности ещё нет задачи: отправьте их через `cjm issues push`.
issues-up-to-date = Все статусы актуальны ({ $count ->
    [one] { $count } задача
    [few] { $count } задачи
    [many] { $count } задач
   *[other] { $count } задачи
}).
issues-updated = Обновлено: { $file }.

## Текст задачи, на языке карты

issue-impact = Влияние:
issue-effort = Усилия:
issue-votes = Голоса:
issue-owner = Ответственный:
issue-status = Статус:
issue-stage = Этап:
issue-touchpoints = Точки контакта
issue-pain-points = Боли
issue-evidence = Данные
issue-touchpoint = { $name } (этап { $stage }): { $emotion }
issue-moment-of-truth = момент истины
issue-back = Из карты пути клиента { $title } ({ $file }), возможность { $id }.
