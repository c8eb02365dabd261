#pragma once

#include <QByteArray>
#include <QString>

namespace orch {

// Replaces the file at path with bytes so that readers see the old content or the new, never half
// of it: a temporary file beside it, then a rename over it. Deliberately no fsync (QSaveFile does
// one): a crashed or killed orchestrator cannot lose what is in the page cache, while with
// gigabytes of transcripts dirty one fdatasync blocked the event loop for 680 ms, and one per
// worker slowed every run (benchmarks 1 and 3, docs/performance.md). On failure the file is left as
// it was and *problem (if given) says why, in the system's words. The file is 0600 (PrivateFiles.h).
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *problem = nullptr);

} // namespace orch
