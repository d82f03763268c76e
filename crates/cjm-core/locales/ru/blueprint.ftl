# Сервисный блюпринт в приложении: дорожки блюпринта на доске, вид
# блюпринта, отделы и ссылки.

board-lane-frontstage = На виду
board-lane-backstage = За кулисами
board-lane-support = Поддержка
board-line-interaction = линия взаимодействия
board-line-visibility = линия видимости
board-line-internal = линия внутреннего взаимодействия

blueprint-title = Сервисный блюпринт · этап { $number }/{ $count }: { $stage }
blueprint-title-empty = Сервисный блюпринт
blueprint-no-stages = На этой карте ещё нет этапов.
blueprint-no-touchpoints = На этом этапе нет точек контакта (или фильтр скрывает их все).
blueprint-row-customer = Клиент
blueprint-row-fail-point = Точка сбоя
blueprint-row-wait = Ожидание
blueprint-row-links = Ссылки

inventory-backstage = За кулисами

status-blueprint-on = Дорожки блюпринта показаны: на виду, за кулисами и поддержка под линией видимости
status-blueprint-off = Дорожки блюпринта скрыты
status-no-link = У этого элемента нет ссылки; добавьте её в форме (Ссылки)
status-opening-link = Открываю { $url }
status-link-not-opened = Ссылка не открыта: { $why }
status-choose-link = Выберите ссылку: печатайте, чтобы сузить список, Enter открывает, Esc закрывает
status-department-added = Отдел «{ $name }» добавлен на карту

links-chooser-title = Ссылки – печатайте для поиска, Enter открывает, Esc закрывает
link-no-opener = не найдена программа для открытия ссылок ({ $program }); откройте { $url } в браузере сами
link-opener-failed = не удалось запустить { $program }: { $why }

app-migrate-offer-title = Перевести на схему 2?
app-migrate-offer = В этой карте отделы записаны обычным текстом (схема 1). После перевода появится { $count ->
    [one] { $count } отдел
    [few] { $count } отдела
   *[many] { $count } отделов
} с идентификаторами, на которые ссылается карта (ничего не меняется, пока вы не согласитесь; отмена всё вернёт):
app-migrate-offer-proposals = Затем по очереди будут заданы вопросы о { $count ->
    [one] { $count } паре похожих названий
   *[other] { $count } парах похожих названий
}.
app-migrate-offer-keys = { $yes } перевести · { $no } не сейчас (карта останется как есть)
app-migrate-offer-alike-title = Один отдел? ({ $number } из { $count })
app-migrate-offer-alike = «{ $from }» и «{ $into }» похожи на один отдел. Это один отдел (первое название станет псевдонимом второго)?
app-migrate-offer-alike-keys = { $yes } один отдел · { $no } два отдела · { $stop } прервать, ничего не изменится
app-migrate-not-now = Не переведено: карта остаётся в схеме 1
app-migrate-done = Переведено на схему 2: { $count ->
    [one] { $count } отдел
    [few] { $count } отдела
   *[many] { $count } отделов
}; u отменяет, Ctrl-s сохраняет
app-migrate-note = Схема 1: { $keys } переводит отделы на схему 2 (сначала спросит)
app-migrate-up-to-date = Эта карта уже в схеме 2: переводить нечего

overview-departments-title = Отделы
department-named-by-member = участник команды { $name }
department-named-by-owner = владелец точки контакта { $name }
department-named-by-opportunity = владелец возможности { $name }
department-named-by-action = { $lane } точки контакта { $name }
department-delete-blocked = Сначала выберите в них другой отдел.
