# cjm check: the workshop checks, their messages and hints.
