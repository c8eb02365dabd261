#pragma once

#include <QFileDevice>
#include <QString>

namespace orch {

// What a run writes (logs, journals, transcripts, results, output copies) holds the task, the
// agent's output and code it read: only the user may read it, whatever the umask says.
inline constexpr QFileDevice::Permissions privateFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions privateFolderPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Like QDir::mkpath, but every folder it creates is 0700; folders that already exist keep their
// permissions (the user chose them). True when path is a folder afterwards.
bool makePrivatePath(const QString &path);

} // namespace orch
