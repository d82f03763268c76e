# cjm check: the workshop checks, their messages and hints. Keys and values
# of the file (owner = "…", based_on, [[team]]) stay as the file spells them.

check-no-map-owner = kartan har ingen ägare
check-no-map-owner-hint = ange den som håller kartan levande efter workshoppen, t.ex. owner = "Anna Lind"
check-review-overdue = kartan skulle ha setts över { $due } ({ $days ->
    [1] i går
   *[other] för { $days } dagar sedan
})
check-review-overdue-hint = gå igenom kartan med teamet (upplever kunderna fortfarande resan så här?) och sätt sedan nästa datum i review_by
check-missing-based-on = den här kartan över önskat läge säger inte vilken nulägeskarta den förbättrar
check-missing-based-on-hint = lägg till based_on = "current-state.toml", en sökväg relativt kartans mapp
check-based-on-not-found = based_on pekar på ”{ $path }”, som inte finns
check-based-on-not-found-hint = based_on utgår från kartans mapp; rätta sökvägen eller lägg till kartan den pekar på

check-no-persona = kartan har ingen persona
check-no-persona-hint = lägg till en [[personas]]-post med primary = true: resan ritas för en sorts kund
check-no-primary-persona = ingen av { $count ->
    [one] { $count } persona
   *[other] { $count } personor
} är markerad som primär
check-no-primary-persona-hint = skriv primary = true på den persona som resan ritas för
check-team-not-recorded = workshopteamet är inte angivet
check-no-department = ingen i teamet har någon avdelning
check-one-department = hela teamet kommer från en enda avdelning ({ $department })
check-few-departments = teamet kommer bara från { $count } avdelningar ({ $departments })
check-few-departments-hint = ange deltagarna under [[team]] med sina avdelningar; bjud in folk från minst tre avdelningar (t.ex. försäljning, kundtjänst, leverans) för att se hela kundresan
check-absent-department = { $owner } äger { $count ->
    [one] { $count } kontaktpunkt
   *[other] { $count } kontaktpunkter
}, men ingen från { $owner } är med i teamet
check-absent-department-hint = bjud in någon från { $owner } till workshoppen och lägg till personen under [[team]] med department = "{ $value }", eller rätta kontaktpunkternas ägare

check-empty-stage = fasen ”{ $stage }” har inga kontaktpunkter
check-empty-stage-hint = lägg till de kontakter kunderna har i den här fasen, eller ta bort fasen om resan hoppar över den
check-ends-at-purchase = kundresan slutar vid ”{ $stage }”: ingen fas kommer efter köpet
check-ends-at-purchase-hint = lägg till det som händer sedan (leverans, första användning, support, lojalitet): upplevelsen efter köpet avgör om kunden kommer tillbaka
check-nothing-after-purchase = ingen kontaktpunkt efter köpfasen ”{ $stage }”
check-nothing-after-purchase-hint = kartlägg i de senare faserna vad som händer efter köpet (leverans, första användning, support)
check-negative-curve = känslokurvan är negativ i { $negative } av { $rated } bedömda faser
check-negative-curve-hint = resan gör mest ont: se till att förbättringsmöjligheterna tar sig an de lägsta punkterna först

check-no-evidence = kontaktpunkten ”{ $touchpoint }” saknar belägg
check-no-evidence-hint = ange vad iakttagelsen vilar på: evidence = [{"{"} source = "interview", note = "..." {"}"}]; skriv source = "assumption" när teamet ännu inte har data
check-assumption-only = kontaktpunkten ”{ $touchpoint }” vilar bara på antaganden
check-assumption-only-hint = pröva det med kunderna (intervju, enkät, analys, supportärenden...) och lägg till det belägget
check-no-touchpoint-owner = kontaktpunkten ”{ $touchpoint }” har ingen ägare
check-no-touchpoint-owner-hint = ange avdelningen som möter kunden här, t.ex. owner = "kundtjänst"
check-no-emotion = känslan vid kontaktpunkten ”{ $touchpoint }” är inte bedömd
check-no-emotion-hint = bedöm hur kunden känner sig här, från -2 (mycket negativt) till 2 (mycket positivt), t.ex. emotion = 0
check-unaddressed-emotion = kontaktpunkten ”{ $touchpoint }” har känslan { $emotion }, men ingen förbättringsmöjlighet tar sig an den
check-unaddressed-pains = kontaktpunkten ”{ $touchpoint }” har { $count ->
    [one] { $count } smärtpunkt
   *[other] { $count } smärtpunkter
}, men ingen förbättringsmöjlighet tar sig an den
check-unaddressed-pains-emotion = kontaktpunkten ”{ $touchpoint }” har { $count ->
    [one] { $count } smärtpunkt
   *[other] { $count } smärtpunkter
} och känslan { $emotion }, men ingen förbättringsmöjlighet tar sig an den
check-unaddressed-pain-hint = lägg till en förbättringsmöjlighet med touchpoints = ["{ $id }"] (eller stage = "{ $stage }")

check-unmeasured-opportunity = förbättringsmöjligheten ”{ $opportunity }” har inget mått
check-unmeasured-opportunity-hint = lägg till en [[metrics]]-post med links = ["{ $id }"] (ett mått på dess kontaktpunkter eller fas räknas också)
check-no-baseline = måttet ”{ $metric }” har inget utgångsvärde
check-no-baseline-hint = skriv värdet som mäts i dag, t.ex. baseline = 42, så att teamet ser om förändringarna hjälper
check-no-target = måttet ”{ $metric }” har inget målvärde
check-no-target-hint = skriv värdet teamet siktar på, t.ex. target = 50

# cjm check DIR: the summary line.
check-dir-clean = { $count } utan varningar
check-dir-warned = { $count } med varningar
check-dir-failed = { $count } gick inte att läsa in
check-dir-summary = { $total ->
    [one] { $total } karta
   *[other] { $total } kartor
}: { $parts }
