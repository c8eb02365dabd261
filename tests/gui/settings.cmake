# Tests of ui/settings.
