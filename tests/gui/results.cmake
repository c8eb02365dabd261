# Tests of ui/results.
