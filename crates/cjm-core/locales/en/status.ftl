# The status line: what just happened.
