#include "RunLogLocator.h"

#include "run/RunStore.h"

#include <QByteArrayMatcher>
#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace orch {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxCandidates = 8;
constexpr qint64 blockBytes = 4 * 1024 * 1024;

} // namespace

QString RunLogLocator::logFile(const QString &workspace, const QString &runId, const QString &logsDirectory)
{
    const RunStore store(workspace);
    if (const std::optional<RunResult> result = store.loadResult(runId)) {
        const nlohmann::json &debug = result->debugInfo;
        if (debug.is_object() && debug.contains("log_file") && debug["log_file"].is_string()) {
            const QString path = QString::fromStdString(debug["log_file"].get<std::string>());
            if (!path.isEmpty() && QFileInfo(QDir(workspace), path).isFile())
                return QFileInfo(QDir(workspace), path).absoluteFilePath();
        }
    }
    // orchestrator_YYYYMMDD_HHMMSS[_N].jsonl sorts by time by name, as run ids do (YYYYMMDD-HHMMSS-xxxx).
    QStringList names = QDir(logsDirectory).entryList({u"orchestrator_*.jsonl"_s}, QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QString runTime = runId.left(15);
    runTime.replace(u'-', u'_');
    int tried = 0;
    for (const QString &name : std::as_const(names)) {
        const QString fileTime = name.mid(13, 15);
        if (runTime.size() == 15 && fileTime > runTime)
            continue;
        const QString path = QDir(logsDirectory).absoluteFilePath(name);
        if (mentionsRun(path, runId))
            return path;
        if (++tried >= maxCandidates)
            break;
    }
    return {};
}

QStringList RunLogLocator::transcripts(const QString &workspace, const QString &runId)
{
    const QDir dir(QDir(RunStore(workspace).runDirectory(runId)).filePath(u"transcripts"_s));
    QStringList names = dir.entryList({u"*.jsonl"_s}, QDir::Files);
    // worker_10 after worker_9.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(names.begin(), names.end(), collator);
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths << dir.absoluteFilePath(name);
    return paths;
}

bool RunLogLocator::mentionsRun(const QString &path, const QString &runId)
{
    QFile file(path);
    if (runId.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray needle = "\"run_id\":\"" + runId.toUtf8() + '"';
    const QByteArrayMatcher matcher(needle);
    QByteArray carry;
    while (!file.atEnd()) {
        const QByteArray block = carry + file.read(blockBytes);
        if (matcher.indexIn(block) >= 0)
            return true;
        // Keep the end of this block: the needle may straddle two blocks.
        carry = block.right(needle.size() - 1);
    }
    return false;
}

} // namespace orch
