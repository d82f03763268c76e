# cjm merge and the git merge driver.
