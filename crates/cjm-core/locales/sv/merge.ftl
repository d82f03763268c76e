# cjm merge and the git merge driver.

## Conflicts in plain words. $deleted_by and $kept_by: ours or theirs.

merge-note-same-id = båda sidor lade till ett objekt ({ $kind }) med id:t `{ $id }` men med olika innehåll; båda behålls, deras som `{ $fresh }`
merge-not-set = (inte satt)
merge-gone-item = `{ $id }` (finns inte längre i kartan)
merge-describe-both-changed = { $what }: `{ $field }` ändrades på båda sidor: vår { $ours } (i kartan nu), deras { $theirs }
merge-describe-deleted-edited = { $what } togs bort av { $deleted_by ->
    [ours] oss
   *[theirs] dem
} men ändrades av { $kept_by ->
    [ours] oss
   *[theirs] dem
} ({ $fields }); kartan behåller det ändrade objektet
merge-describe-deleted-referenced = { $what } togs bort av { $deleted_by ->
    [ours] oss
   *[theirs] dem
}, men { $kept_by ->
    [ours] vår sida
   *[theirs] deras sida
} hänvisar fortfarande till det från { $items }; kartan behåller det
merge-touchpoints-of = kontaktpunkterna i { $what }
merge-order-of = ordningen i `{ $field }`
merge-describe-order = { $what }: båda sidor ordnade om dem olika: vår { $ours } (i kartan nu), deras { $theirs }
merge-describe-same-id = { $what }: båda sidor lade till olika objekt med id:t `{ $id }`; båda behålls, deras som `{ $fresh }` (ta vår för att ta bort deras, deras för att behålla båda)

## Settling a conflict

merge-no-such-conflict = det finns ingen konflikt nr { $number }
merge-inapplicable = konflikten kan inte tillämpas: { $problem }
merge-invalid-choice = det valet skulle göra kartan ogiltig: { $problem }
merge-gone = objektet finns inte längre i kartan
merge-name-not-text = en teammedlems namn är en text
merge-name-taken = en annan teammedlem heter redan "{ $name }"
merge-not-the-items = de listade objekten är inte de som finns i kartan
merge-not-a-list = `{ $key }` är ingen lista med objekt
merge-not-deletable = kartan och dess mål kan inte tas bort
merge-not-both-changed = bara ett fält som båda sidor ändrade kan få ett eget värde; behåll eller ta bort objektet
