# Key bindings: action names and descriptions, help and footer.

## What each action does (help, the command palette): action-<config name>

action-help = Показать или скрыть эту справку
action-quit = Выйти (спрашивает, если есть несохранённые изменения)
action-save = Сохранить карту
action-save-as = Сохранить карту как другой файл (и дальше править его)
action-left = Выбрать этап слева
action-right = Выбрать этап справа
action-up = Выбрать элемент выше
action-down = Выбрать элемент ниже
action-add = Добавить сюда элемент (точку контакта, персону, возможность…)
action-add-stage = Добавить этап после выбранного
action-edit = Открыть выбранный элемент / править поле
action-delete = Удалить выбранный элемент (спрашивает) / очистить поле
action-undo = Отменить последнее изменение
action-redo = Повторить отменённое
action-move-to-previous-stage = Сдвинуть карточку (или этап) влево
action-move-to-next-stage = Сдвинуть карточку (или этап) вправо
action-move-up = Сдвинуть карточку или строку вверх
action-move-down = Сдвинуть карточку или строку вниз
action-cancel = Отмена / закрыть
action-emotion-very-negative = Оценить эмоцию в -2 (очень негативная)
action-emotion-negative = Оценить эмоцию в -1 (негативная)
action-emotion-neutral = Оценить эмоцию в 0 (нейтральная)
action-emotion-positive = Оценить эмоцию в +1 (позитивная)
action-emotion-very-positive = Оценить эмоцию в +2 (очень позитивная)
action-view-board = Доска: этапы и дорожки
action-view-curve = Кривая эмоций, крупно
action-view-opportunities = Возможности: эффект × затраты
action-view-personas = Персоны
action-view-metrics = Метрики
action-view-inventory = Кто контактирует с клиентом (отдел × этап)
action-view-overview = Карта, цель и команда
action-view-checks = Проверки воркшопа и конфликты слияния
action-view-compare = Сравнить с картой, на которой основана эта
action-item-history = История выбранного элемента из git / назад к его полям
action-find = Найти любой элемент по названию или тексту
action-palette = Палитра команд: любое действие по названию
action-filter-persona = Фильтр: путь следующей персоны
action-filter-channel = Фильтр: следующий канал
action-filter-owner = Фильтр: следующий отдел-владелец
action-clear-filters = Показать всё (сбросить фильтры)
action-next-step = Воркшоп: следующий шаг (сохраняет карту)
action-previous-step = Воркшоп: предыдущий шаг (сохраняет карту)
action-jump-to-step = Воркшоп: перейти к шагу
action-timer = Воркшоп: запустить или остановить таймер шага
action-next-voter = Голосование: следующий участник
action-previous-voter = Голосование: предыдущий участник
action-add-dot = Голосование: поставить выбранной идее точку
action-remove-dot = Голосование: забрать точку
action-scroll-step-down = Воркшоп: листать вниз вопросы шага или замечания итога
action-scroll-step-up = Воркшоп: листать вверх вопросы шага или замечания итога
action-park-idea = Воркшоп: отложить идею на парковку, с любого шага
action-new-line = В текстовом поле: начать новую строку
action-page-up = Страница вверх
action-page-down = Страница вниз

## The help's sections: group-<group>

group-general = Общее
group-move-around = Перемещение
group-edit-the-map = Правка карты
group-rate-emotions = Оценка эмоций
group-views = Виды
group-filters = Фильтры
group-workshop = Воркшоп
group-edit-a-field = Правка поля
group-scroll = Прокрутка

## The keymaps' modes

mode-board = Доска и виды
mode-form = Форма – навигация
mode-form-edit = Форма – правка поля
mode-help = Справка
mode-board-about = Буквы запускают команды.
mode-form-about = Ввод буквы начинает правку выбранного текстового поля с этой буквы; на поле выбора лишь подсказывает, как его изменить. У команд клавиши, которые нельзя нажать случайно при вводе.
mode-form-edit-about = Всё, что вы вводите, попадает в поле.
mode-form-cancel = Закрыть форму
mode-form-edit-field = Править выбранное поле
mode-form-up = Выбрать поле выше
mode-form-down = Выбрать поле ниже
mode-form-left = Сменить выбор или уменьшить значение
mode-form-right = Сменить выбор или увеличить значение
mode-form-delete = Очистить выбранное поле
mode-form-edit-accept = Принять текст
mode-form-edit-cancel = Прервать правку (спрашивает, если текст изменился)
mode-help-up = Прокрутить вверх
mode-help-down = Прокрутить вниз
mode-help-close = Закрыть справку

## The footer's short hints

hint-field = поле
hint-change = сменить
hint-clear = стереть
hint-edit = правка
hint-accept = принять
hint-cancel = отмена
hint-scroll = листать
hint-page = стр.
hint-close = закрыть
hint-new-line = новая строка
hint-park = парковка
hint-help = помощь
hint-add = новый
hint-delete = удалить
hint-find = поиск
hint-undo = отмена
hint-save = сохр.
hint-history = история
hint-fields = поля
hint-back = назад
hint-quit = выход

## The help screen

help-or = { " " }или{ " " }
help-title = { " " }Справка – { $close } закрывает{ " " }
help-title-mode = { " " }Справка: { $mode } – { $close } закрывает{ " " }
help-lines-more = строки { $first }–{ $last } из { $total } · { $keys } дальше
help-lines-end = строки { $first }–{ $last } из { $total } · конец · { $keys } назад

## The config file's keys

key-not-a-key = `{ $text }` – не клавиша; пишите, например, "q", "H", "ctrl-s", "alt-enter", "esc", "left", "f2"

# Dialog modes: finder and palette, home, picker, name prompt, merge conflict.
mode-finder = Поиск и палитра команд
mode-home = Начальный экран
mode-picker = Выбор из списка
mode-prompt = Ввод названия
mode-conflict = Конфликт слияния
mode-combine = Конфликт слияния – общее значение
mode-list-about = Ввод сужает список (без учёта диакритики и регистра); Backspace стирает букву.
mode-text-about = Всё введённое попадает в текст.
mode-conflict-about = Любая другая клавиша оставляет конфликт открытым до решения позже.
mode-list-up = Выбрать строку выше
mode-list-down = Выбрать строку ниже
mode-home-open = Открыть карту или создать её из шаблона или примера
mode-home-quit = Выйти
mode-list-page-up = На десять строк вверх
mode-list-page-down = На десять строк вниз
mode-finder-go = Перейти к выбранному элементу / выполнить команду
mode-close-unchanged = Закрыть без изменений
mode-picker-choose = Выбрать; в поле-списке принять отмеченные; на «новый отдел…» ввести название
mode-prompt-accept = Принять название
mode-conflict-later = Решить позже (конфликт остаётся открытым)
mode-combine-settle = Разрешить конфликт этим значением
mode-combine-back = Назад к вопросу
mode-dialog-help = Показать клавиши этого окна
hint-opens = открыть
hint-quits = выход
hint-settle = разрешает конфликт этим значением
hint-keep-ours = оставить наше
hint-take-theirs = взять их
hint-combine-ours = объединить, начиная с нашего
hint-combine-theirs = с их
group-lists = Списки
group-merge-conflicts = Конфликты слияния
action-first = К первой строке
action-last = К последней строке
action-mark = Отметить или снять отметку (поле-список берёт все отмеченные)
action-clear-query = Очистить введённое
action-take-ours = Оставить нашу сторону конфликта
action-take-theirs = Взять их сторону конфликта
action-combine-ours = Объединить значения, начиная с нашего
action-combine-theirs = Объединить значения, начиная с их
conflict-any-other-key = { $keys } · другая клавиша: решить позже
action-view-blueprint = Сервисный блюпринт этапа, дорожка за дорожкой
action-toggle-blueprint = Показать или скрыть дорожки блюпринта на доске
action-open-link = Открыть ссылку выбранного элемента (выбрать, если их несколько)
action-migrate = Перевести карту со схемы 1 на схему 2 (сначала спросит)
