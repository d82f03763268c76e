# From the map to the backlog: `cjm issues push` and `cjm issues pull`, and
# the issues the tracker exports (GitHub, GitLab, Jira) write.

issues-install-hint = install { $program } ({ $site }) and log in with `{ $program } auth login`; or write the issues to a file with `cjm export --format { $format }`
issues-changed-on-disk = the map changed on disk meanwhile, so cjm did not save over it
issues-tool-missing = { $program } is not installed (or not on PATH)
issues-tool-failed = `{ $program }` failed { $what } (exit { $code })
issues-tool-failed-said = `{ $program }` failed { $what } (exit { $code }): { $message }
issues-tool-not-run = `{ $program }` could not run { $what }: { $message }

## cjm issues push

issues-nothing-to-push = Nothing to push: every open opportunity has an issue already.
issues-would-create = Would create { $count ->
    [one] { $count } issue
   *[other] { $count } issues
} in { $tracker } with `{ $program }` (a dry run: nothing was created):
issues-run-again = Run again with --yes to create them; each one's address is recorded on its opportunity.
issues-to-create = to create the issue for { $id }
issues-created-before = { $count ->
    [one] { $count } issue
   *[other] { $count } issues
} created and recorded before it; fix the cause and run the command again to create the rest
issues-created = created: { $id }  { $url }
issues-not-recorded = { $url } is created but not recorded: add it as issue = "{ $url }" to { $id }
issues-done = { $count ->
    [one] { $count } issue
   *[other] { $count } issues
} created in { $tracker }; their addresses are recorded in { $file }.
issues-no-address = it printed no issue address (it said: { $output })

## cjm issues pull

issues-state = { $state ->
    [open] open
    [closed] closed
   *[not-planned] closed as not planned
}
issues-status-changed = { $id }: { $from } → { $to } (issue { $state })
issues-not-json = its answer is not JSON: { $error }
issues-unknown-state = it gave an unknown state “{ $state }”
issues-to-read = to read the issue of { $id }
issues-read-hint = check the address and your login; the other opportunities are updated
issues-pull-not-saved-hint = nothing was changed; run `cjm issues pull` again
issues-none-tracked = No opportunity has an issue yet: push them with `cjm issues push`.
issues-up-to-date = Every status is up to date ({ $count ->
    [one] { $count } issue
   *[other] { $count } issues
}).
issues-updated = Updated { $file }.

## The issue's text, in the map's language

issue-impact = Impact:
issue-effort = Effort:
issue-votes = Votes:
issue-owner = Owner:
issue-status = Status:
issue-stage = Stage:
issue-touchpoints = Touchpoints
issue-pain-points = Pain points
issue-evidence = Evidence
issue-touchpoint = { $name } (stage { $stage }): { $emotion }
issue-moment-of-truth = moment of truth
issue-back = From the customer journey map { $title } ({ $file }), opportunity { $id }.
