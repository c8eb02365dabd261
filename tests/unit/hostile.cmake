# Issue 9: hostile input reaches the agent verbatim; placeholder, filled in by that work.
