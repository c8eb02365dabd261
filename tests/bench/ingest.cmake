# Filled in by the benchmark's author.
