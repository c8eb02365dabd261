# Tests of the translations.
