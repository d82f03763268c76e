# The status line: what just happened.

status-undid = Отменено: { $change }
status-redid = Повторено: { $change }
status-nothing-to-undo = Нечего отменять
status-nothing-to-redo = Нечего повторять
status-undo-stops-at = Нечего отменять: отмена останавливается на { $what ->
    [reload] повторной загрузке с диска
   *[merge] слиянии с файлом на диске
}, поэтому полученные изменения остаются
status-undo-not-shown = Не отменено: последнее изменение касается элемента «{ $kind }», которого нет на этом экране; откройте его и отмените снова
status-undo-not-shown-several = Не отменено: последнее изменение касается нескольких частей карты, а этот экран показывает не все
status-emotion = Эмоция { $score }
status-select-touchpoint-to-rate = Выберите точку контакта, чтобы оценить эмоцию
status-rate-where-cards-show = Эмоции оцениваются на доске (1) или на кривой эмоций (2)
status-nothing-selected = Здесь ничего не выбрано; a добавляет элемент
status-nothing-deleted = Ничего не удалено
status-cancelled = Отменено
status-quit-cancelled = Выход отменён
status-filters-cleared-to-show = Фильтры сброшены, чтобы показать элемент
status-no-based-on = Эта карта не указывает карту `based_on` для сравнения
status-park-idea = Парковка идей: введите идею, Enter откладывает её, Esc отменяет
status-guide-only = Это часть ведомого воркшопа: запустите `cjm guide ФАЙЛ`
status-no-findings = Замечаний нет: карта проходит все проверки
status-kept-ours = Оставлено наше значение; конфликт решён
status-took-theirs = Принято их значение; конфликт решён
status-not-settled = Не решено: { $why }
status-step = Шаг { $number } из { $count } – { $name }
status-steps-guide-only = Шаги относятся к ведомому воркшопу: запустите `cjm guide ФАЙЛ`
status-step-not-saved = { $step } – ещё не сохранено: в карте есть проблема
status-last-step = Это последний шаг: карта готова. q – выход, 1 открывает доску
status-timer-running = Таймер идёт
status-timer-paused = Таймер на паузе
status-team-first = Сначала добавьте команду: каждый участник получает точки для голосования
status-select-opportunity = Выберите возможность, за которую голосуете
status-no-dots-left = У участника { $voter } не осталось точек (отдано { $spent } из { $budget })
status-no-dot-given = { $voter } не ставил(а) точку этой идее
status-voted = { $voter }: осталось { $left ->
    [one] { $left } точка
    [few] { $left } точки
    [many] { $left } точек
   *[other] { $left } точки
} · у идеи { $votes ->
    [one] { $votes } голос
    [few] { $votes } голоса
    [many] { $votes } голосов
   *[other] { $votes } голоса
} ({ $total } за этот воркшоп)
status-unresolved = ⚡ У этого элемента ({ $kind }) { $count ->
    [one] { $count } нерешённый конфликт слияния: { $keys } покажет его
    [few] { $count } нерешённых конфликта слияния: { $keys } покажет их
    [many] { $count } нерешённых конфликтов слияния: { $keys } покажет их
   *[other] { $count } нерешённого конфликта слияния: { $keys } покажет их
}
status-conflict-stays-open = Конфликт остаётся открытым
status-whole-item-conflict = Этот конфликт касается всего элемента: оставьте его (o) или примите их версию (t)
status-edit-combined = Исправьте объединённое значение; Enter решает им конфликт
status-not-accepted = Не принято: { $why }
status-settled-combined = Конфликт решён объединённым значением
status-recovery-found = Найдены несохранённые изменения из прошлой сессии
status-also-open-elsewhere = Внимание: этот файл открыт и в другом cjm с { $since }; ваша резервная копия – только ваша
status-file-deleted = Не сохранено: файл удалён или перемещён
status-file-changed = Не сохранено: файл изменился на диске
status-reloaded = Файл загружен с диска заново; отмена начинается отсюда
status-not-reloaded = Не загружено: { $why }. Ваша версия на месте.
status-not-merged = Не слито: { $why }. Ваша версия на месте.
status-no-merge-base = Слияние невозможно: версию, которую вы последний раз загрузили или сохранили, отменили и заменили новыми правками, и cjm не может понять, чьи изменения чьи. Сохраните свою версию как другой файл (k), затем запустите `cjm merge`.
status-merge-invalid = Не слито: результат был бы некорректным ({ $why }). Ваша версия на месте; { $keys } сохраняет её как другой файл.
status-merged = { $conflicts ->
    [0] Файл с диска слит с вашими правками; { $save } сохраняет результат
   *[other] Слито, конфликтов: { $conflicts }, они отмечены ⚡ на доске; { $save } сохраняет результат
}
status-saved = Сохранено: { $path }
status-saved-as = Сохранено как { $path }; теперь cjm редактирует этот файл
status-not-saved-lost = Не сохранено: { $why }. { $keys } сохраняет в другое место; изменения есть только здесь: резервную копию тоже не удалось записать.
status-not-saved-kept = Не сохранено: { $why }. { $keys } сохраняет в другое место; ваши изменения здесь и в резервной копии.
status-merging = Слияние…
status-read-only = Только чтение: файл открыт в другом cjm; { $keys } сохраняет ваши изменения как другой файл
status-opened-anyway = Открыто всё равно: перед сохранением cjm проверит, не изменил ли файл другой cjm
status-recovery-discarded = Резервная копия удалена
status-restored = Несохранённые изменения восстановлены; { $keys } записывает их в файл
status-choose-recovery = Выберите: r восстановить, d разница, x удалить или q, чтобы выйти и решить позже
status-reloading = Загрузка…
status-overwriting = Файл перезаписывается вашей версией…
status-nothing-saved-lost = Ничего не сохранено. Ваши изменения есть только здесь (резервную копию не удалось записать); { $keys } сохраняет их в другое место.
status-nothing-saved-kept = Ничего не сохранено. Ваши изменения здесь и в резервной копии; { $keys } сохраняет их в другое место.
status-save-as-cancelled = Сохранить как: отменено, ничего не сохранено
status-type-path = Введите путь нового файла или Esc
status-saving-as = Сохранение как { $path }…
status-invalid = Не сохранено: { $why }
status-ids-never-change = Идентификаторы не меняются, поэтому ссылки и слияния в git переживают переименование
status-editor-help = { $accept } принимает · { $new_line } новая строка · { $cancel } отменяет
status-field-cannot-change = Поле «{ $label }» не меняется; { $next } выбирает другое поле
status-typed-on-choice = «{ $label }» – выбор из списка: { $previous } / { $next } меняют его, { $edit } позволяет ввести значение – ввод здесь ничего не делает
status-unsaved-text = Несохранённый текст: { $keep } сохраняет его, { $drop } ещё раз – отбрасывает
status-typed-text-dropped = Введённый текст отброшен; поле сохраняет прежнее значение
status-new-line-in-editor = Новая строка добавляется в текстовое поле во время редактирования
status-editing = Редактирование: { $label }; { $accept } принимает · { $cancel } отменяет
status-enter-edits = Enter редактирует это поле
status-id-cannot-be-cleared = Идентификатор нельзя очистить
status-needs-value = Это поле обязательно
status-field-changed = Изменено: { $label }
status-nothing-to-add = Здесь нечего добавить
status-stage-first = Сначала добавьте этап (A)
status-name-new = Новый элемент ({ $kind }): введите название, Enter создаёт, Esc отменяет
status-nothing-added = Ничего не добавлено
status-type-name = Введите название (элемент: { $kind })
status-added = Добавлен элемент ({ $kind }); заполните поля или нажмите Esc
status-nothing-to-delete = Ничего не выбрано для удаления
status-cannot-delete-map = Поля самой карты и цель удалить нельзя; отдельные поля очищаются в форме (d)
status-deleted = Удалено «{ $name }» (u отменяет)
status-no-further-stage = Дальше в эту сторону этапов нет
status-stage-moved = Этап перемещён
status-moved-to = Перемещено в: { $stage }
status-ranked-by-votes = Возможности упорядочены по голосам, затем по эффекту на затраты
status-kept-in-fallback = В папку данных нельзя писать; несохранённые изменения сохранены вместо этого в { $path }. Сохраните скорее.
status-not-quitting = Выход отменён: ваши изменения нигде не сохранены ({ $why }); x в окне выхода отбрасывает их
status-saving-then-quit = Сохранение; нажмите q для выхода
status-showing-only = Показано только: { $what }
status-showing-everything = Показано всё
status-read-only-not-saved = Не сохранено: файл открыт только для чтения, он открыт в другом cjm; { $keys } сохраняет как другой файл
status-note = Внимание: { $what }
status-not-remembered = Не удалось запомнить воркшоп: { $why }
status-not-removed = Не удалось удалить резервную копию { $path }: { $why }
status-with-note = { $said }. Внимание: { $note }
status-recovery-unreadable = Резервную копию этой карты не прочитать ({ $reason }); она оставлена в { $path }
status-language = Язык: { $name } – сама карта не меняется
