# Tests of ui/profiles.
