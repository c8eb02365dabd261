#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace orch {

// A small, blocking wrapper around the `docker` command line: every call is an argument list with
// a timeout. Knows the containers this application starts by their labels (orch.run, orch.worker,
// orch.owner) so leftovers can be found and removed.
class DockerEngine final
{
    Q_DECLARE_TR_FUNCTIONS(DockerEngine)

public:
    struct Result
    {
        bool ok = false;
        int exitCode = -1;
        QString output;  // stdout, trailing newline removed
        QString error;   // stderr, or why docker did not run
    };

    explicit DockerEngine(int timeoutMs = 30000);

    // The docker client on PATH, or empty.
    static QString program();

    Result run(const QStringList &arguments, int timeoutMs = -1) const;
    // The daemon answers; false with a message naming the fix.
    bool ping(QString *errorMessage) const;
    bool imageExists(const QString &image) const;
    // Names of the containers (running or not) labelled with the run.
    QStringList containersOfRun(const QString &runId) const;
    // docker kill, then docker rm -f, by name; how many are gone afterwards.
    int removeContainers(const QStringList &names) const;
    int removeRunContainers(const QString &runId) const;
    // Containers whose owning orchestrator process is gone; how many were removed.
    int removeOrphanContainers() const;

    // The labels every worker container carries.
    static QString runLabel() { return QStringLiteral("orch.run"); }
    static QString workerLabel() { return QStringLiteral("orch.worker"); }
    static QString ownerLabelName() { return QStringLiteral("orch.owner"); }
    // This process as "pid:start-ticks", the value of the owner label.
    static QString ownerLabel();
    // Whether the process an owner label names is still alive on this machine.
    static bool ownerAlive(const QString &owner);

private:
    QStringList listContainers(const QString &filter, const QString &format) const;

    int m_timeoutMs;
};

} // namespace orch
