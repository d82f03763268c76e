# cjm merge and the git merge driver.

## Conflicts in plain words. $deleted_by and $kept_by: ours or theirs.

merge-note-same-id = obie strony dodały element ({ $kind }) o id `{ $id }`, ale o innej treści; zachowano oba, ich wersję jako `{ $fresh }`
merge-not-set = (brak wartości)
merge-gone-item = `{ $id }` (nie ma go już w mapie)
merge-describe-both-changed = { $what }: `{ $field }` zmieniono po obu stronach: u nas { $ours } (to jest teraz w mapie), u nich { $theirs }
merge-describe-deleted-edited = { $what }: usunięte { $deleted_by ->
    [ours] u nas
   *[theirs] u nich
}, ale zmienione { $kept_by ->
    [ours] u nas
   *[theirs] u nich
} ({ $fields }); mapa zachowuje zmieniony element
merge-describe-deleted-referenced = { $what }: usunięte { $deleted_by ->
    [ours] u nas
   *[theirs] u nich
}, ale { $kept_by ->
    [ours] u nas
   *[theirs] u nich
} wciąż odwołują się do tego elementu: { $items }; mapa go zachowuje
merge-touchpoints-of = punkty styku: { $what }
merge-order-of = kolejność `{ $field }`
merge-describe-order = { $what }: obie strony ułożyły je inaczej: u nas { $ours } (to jest teraz w mapie), u nich { $theirs }
merge-describe-same-id = { $what }: obie strony dodały inny element o id `{ $id }`; zachowano oba, ich wersję jako `{ $fresh }` (wybierz naszą, żeby usunąć ich element, albo ich, żeby zachować oba)

## Settling a conflict

merge-no-such-conflict = nie ma konfliktu nr { $number }
merge-inapplicable = nie da się zastosować tego konfliktu: { $problem }
merge-invalid-choice = ten wybór sprawiłby, że mapa byłaby niepoprawna: { $problem }
merge-gone = tego elementu nie ma już w mapie
merge-name-not-text = imię członka zespołu musi być tekstem
merge-name-taken = inny członek zespołu nazywa się już "{ $name }"
merge-not-the-items = wymienione elementy to nie te, które są w mapie
merge-not-a-list = `{ $key }` nie jest listą elementów
merge-not-deletable = mapy ani jej celu nie można usunąć
merge-not-both-changed = własną wartość można podać tylko dla pola zmienionego po obu stronach; zachowaj albo usuń element
