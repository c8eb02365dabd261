# Issue 9: placeholder, filled in by the soak work.
