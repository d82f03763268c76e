# cjm diff: the semantic difference between two maps.
