# A map's history from git: `cjm log`, `cjm log --trend` and the history in
# an item's detail pane.

history-git-missing = git is not installed (or not on PATH)
history-git-missing-hint = install git (https://git-scm.com), then run the command again
history-not-a-repository = { $path } is not in a git repository
history-not-a-repository-hint = history comes from git: keep the map in a repository and commit it
history-missing = there is no such file, and git has no history of it
history-missing-hint = check the file's name and folder
history-not-tracked = { $path } is not tracked by git: it has no commits yet
history-not-tracked-hint = commit it first: git add { $path } && git commit
history-git-failed = `git { $args }` failed: { $message }
history-git-failed-hint = run the git command yourself to see why
history-unknown-item = no item matches “{ $query }”
history-unknown-item-hint = name an item by its id (tp-…, st-…, op-…) or by its name
history-did-you-mean = did you mean { $suggestion }?
history-does-not-load = it does not load

## cjm log

history-title-map = History of { $path }
history-title-item = History of { $item } in { $path }
history-no-change = No commit changed it.
history-file-was = (the file was { $path } before)
history-created = map created ({ $count ->
    [one] { $count } item
   *[other] { $count } items
})
history-skipped = skipped:
history-broken = this version does not load ({ $problem })

## cjm log --trend

trend-title = Trend of { $path } over { $count ->
    [one] { $count } commit
   *[other] { $count } commits
} (oldest first)
trend-skipped = { $commit } does not load ({ $problem })
trend-commit = commit
trend-date = date
trend-evidence = evidence
trend-votes = votes
trend-chart = Chart
trend-chart-note = (oldest → newest; emotion from -2 to +2)
trend-backed = backed by data

## The history in an item's detail pane

history-pane-title = { $item } · history
history-pane-loading = Reading the history from git…
history-pane-uncommitted = Changes not committed yet are not in the history.
