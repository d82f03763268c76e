# The guided workshop: steps, questions, examples, hints, review.

## The steps' names

step-setup = Setup
step-goal = Goal
step-team = Team
step-target-group = Target group
step-stages = Stages
step-touchpoints = Touchpoint inventory
step-emotions = Emotions
step-opportunities = Opportunities
step-metrics = Metrics
step-review = Review

## What the facilitator asks the room, step by step

question-stages-day-1 = How does the customer's day go, from waking up to the evening, in their own words?
question-stages-day-2 = Where in that day do we appear at all, and what happens just before and after?
question-stages-service-1 = What happens before the service: how does the customer find it and get ready?
question-stages-service-2 = What happens during the service, step by step, as the customer lives it?
question-stages-service-3 = What happens after it: follow-up, payment, complaints, coming back?
question-stages-future-1 = Which phases should the customer go through, in their own words?
question-stages-future-2 = Which phase of today's journey disappears or changes the most?
question-touchpoints-day-1 = At this time of day, what does the customer use: which people, apps, places?
question-touchpoints-day-2 = Which of these moments are ours, and which department owns them?
question-touchpoints-day-3 = What else competes for their time and attention here?
question-setup-1 = What do we call this journey, so that everyone knows which one it is?
question-setup-2 = Are we mapping how it is today, how it should be, or a whole day of the customer?
question-goal-1 = Why are we spending this time? What decision should the map help us make?
question-goal-2 = Where does the journey start and end for this workshop?
question-goal-3 = How will we know in three months that the work paid off?
question-team-1 = Who is in the room, and which department does each person speak for?
question-team-2 = Which department that touches the customer is missing today?
question-target-group-1 = Whose journey are we following? Describe one real kind of customer.
question-target-group-2 = What is this customer trying to get done, and what worries them?
question-target-group-3 = What do we know from data, and what are we only guessing?
question-stages-1 = Which phases does the customer go through, in their own words?
question-stages-2 = Does the journey go on after the purchase? Where does it really end?
question-touchpoints-1 = In this stage, where does the customer meet us: which channel, which moment?
question-touchpoints-2 = Which department owns that contact? Who would answer if it went wrong?
question-touchpoints-3 = Which contacts happen outside our view (friends, reviews, comparison sites)?
question-emotions-1 = What is the customer doing here, what are they thinking, how do they feel?
question-emotions-2 = On a scale from -2 to +2, how does this moment feel for them?
question-emotions-3 = What tells us so: an interview, a survey, a support log — or only our assumption?
question-opportunities-1 = Where does the curve drop lowest, and which pain points hurt most?
question-opportunities-2 = What could we change there? Big or small, write every idea down.
question-opportunities-3 = Give your dots to the ideas that matter most to the customer.
question-metrics-1 = How will we know this stage got better? What do we measure today?
question-metrics-2 = What is the number now, and what should it be?
question-review-1 = Who keeps this map alive after today?
question-review-2 = When do we look at it again, with fresh data?
question-review-3 = Which gaps do we close before the next review?

## A short example for each step

example-stages-day = Waking up → Morning commute → At work → Picking up the children → Evening → Night.
example-stages-service = Before: booking, getting there → During: reception, the service → After: payment, follow-up.
example-touchpoints-day = Morning commute: departure board (app, Digital); ticket check on the tram (in person, Operations).
example-setup = “Online shop – first order”, current state, in English.
example-goal = Focus: optimise a service. “Find out why first-time buyers do not order again.”
example-team = Anna (Customer Service), Piotr (Logistics), Sara (Marketing), Jonas (Finance).
example-target-group = “Hannah, weekend hiker, 34: buys gear online, reads reviews, hates surprise costs.”
example-stages = Awareness → Evaluation → Purchase → Delivery → Returns → Coming back.
example-touchpoints = Purchase: checkout page (web, E-commerce); order confirmation (email, CRM).
example-emotions = Checkout: “Where is the delivery cost?” Feels annoyed: -1. Source: analytics.
example-opportunities = “Show the delivery cost on the product page” – impact 4, effort 1.
example-metrics = Checkout conversion: baseline 32 %, target 40 %, from web analytics.
example-review = Owner: Claire (Customer Experience). Review by: the first of next quarter.

## The timer and the workshop's clock

timer-up = time is up (+{ $over })
timer-left = { $left } left
timer-clock = workshop { $elapsed } of { $planned }
guide-store-damaged = { $path }: { $why }; starting afresh

## The step's screen

guide-example = Example:{ " " }
guide-timer-starts = (t starts)
guide-step-title = { " " }Step { $number } of { $count } – { $name }
guide-done = done
guide-next = next: { $name }
guide-more-lines = ▼ { $count ->
    [one] { $count } line
   *[other] { $count } lines
} more: PgDn
guide-page-back = ▲ PgUp goes back
guide-invite-departments = Journeys cross departments: invite sales, service, support, delivery, finance, HR… (a adds a person)
guide-none = none
guide-inventory-note = Departments that own nothing yet: { $idle } · Stages without touchpoints: { $empty }
guide-every-stage-measured = Every stage has a metric.
guide-stages-unmeasured = Stages without a metric yet: { $stages } (link a metric to a stage in its `links`)
guide-dots = Dots ({ $budget } each; { $prev } { $next } choose, { $give } gives, { $take } takes back):
guide-pains-more = { " " }▼ { $count } more: { $down }{ " " }
guide-team-to-vote = { " " }add the team in step 3 to vote
guide-pains-title = { " " }Start here: pain points and low moments{ " " }
guide-pains-paged = { " " }Pain points and low moments { $first }–{ $last } of { $total }: { $down } / { $up }{ " " }
guide-owner = Owner: { $owner } · Review by: { $review } · Saved in { $path }
guide-not-set = not set (Enter)
guide-no-gaps = No gaps left open. Well done.
guide-gaps = Gaps still open: { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
} (as `cjm check` reports them)
guide-review-paged = { " " }The map so far · lines { $first }–{ $last } of { $total }: { $down } / { $up }{ " " }
guide-review-title = { " " }The map so far{ " " }

## The workshop's length (`--length`, the config file)

length-not-a-length = `{ $text }` is not a workshop length: write it like 2h, 90m, 1h30m or 3h
length-empty = the workshop length is empty; it must be from 10m to 24h
length-out-of-range = `{ $text }` is not a workshop length I can plan; it must be from 10m to 24h

## The blueprint step (after the touchpoint inventory; on for service maps)

step-blueprint = Service blueprint
question-blueprint-1 = At this touchpoint, what do our people do in front of the customer?
question-blueprint-2 = What happens out of sight to make it work, and which department does it? Which systems or processes carry it?
question-blueprint-3 = Where does it usually go wrong, and how long does the customer wait?
example-blueprint = Card order: adviser checks the address (Branch staff); back office approves the limit; card system behind. Fails on an old address; wait 5d.
guide-blueprint-offer = { $key } adds the blueprint step after this one (lanes, fail points, waits)
guide-blueprint-gaps = Without backstage: { $backstage } of { $count ->
    [one] { $count } touchpoint
   *[other] { $count } touchpoints
} · no owner: { $owner } (as `cjm check` counts)
guide-blueprint-no-touchpoints = No touchpoints yet: list them in the inventory step first.
guide-blueprint-how = { $edit } on a touchpoint: fill its lanes, fail point and wait · { $toggle } skips this step
guide-blueprint-who = { " " }Who does “{ $action }”? { $lane } – “{ $touchpoint }”{ " " }
