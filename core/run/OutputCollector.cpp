#include "OutputCollector.h"

#include "logging/Log.h"
#include "util/AtomicWrite.h"
#include "util/PrivateFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace orch {

namespace {

bool writeText(const QString &path, const QString &text)
{
    return writeFileAtomically(path, text.toUtf8());
}

} // namespace

QString OutputCollector::collect(const RunResult &result, const QString &directory)
{
    const QDir dir(directory);
    if (!makePrivatePath(directory)) {
        Log::error(tr("cannot create the output folder %1").arg(directory), {{"event", "output_not_written"}});
        return {};
    }
    writeText(dir.filePath(QStringLiteral("aggregated_output.md")), result.aggregatedOutput);
    qint64 total = 0;
    QStringList skipped;
    for (const SubtaskResult &subtask : result.subtaskResults) {
        const QString name = QStringLiteral("worker_%1").arg(subtask.workerId);
        writeText(dir.filePath(name + QStringLiteral(".txt")), subtask.output);
        if (subtask.workdir.isEmpty() || !QFileInfo(subtask.workdir).isDir())
            continue;
        const QDir source(subtask.workdir);
        QDirIterator it(subtask.workdir, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = source.relativeFilePath(path);
            if (relative.startsWith(QStringLiteral(".git/")) || relative.contains(QStringLiteral("/.git/"))
                || relative == u".orchestrator-prompt.txt")
                continue;
            const qint64 size = it.fileInfo().size();
            if (size > MaxFileBytes || total + size > MaxTotalBytes) {
                skipped << path;
                continue;
            }
            const QString target = dir.filePath(name + u'/' + relative);
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::remove(target);
            if (QFile::copy(path, target))
                total += size;
        }
    }
    if (!skipped.isEmpty())
        Log::warning(tr("%n file(s) too large to copy into %1 were left in the worker folders", nullptr,
                        int(skipped.size()))
                         .arg(directory),
                     {{"event", "output_files_skipped"}});
    return QFileInfo(directory).absoluteFilePath();
}

} // namespace orch
