# The guided workshop: steps, questions, examples, hints, review.
