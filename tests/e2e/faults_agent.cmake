# Issue 9: placeholder, filled in by the faults_agent work.
