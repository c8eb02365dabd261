# Tests of ui/plan.
