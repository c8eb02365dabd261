#pragma once

namespace orch {

// Each running worker holds a few descriptors (its pipes, its transcript, QProcess's own), so 200
// workers need more than the common soft limit of 1024 open files. Raises the soft limit to the
// hard one, once, at start; returns the soft limit now in force (-1 if it cannot be read).
long raiseOpenFileLimit();

} // namespace orch
