#pragma once

#include "config/Config.h"
#include "isolation/DockerEngine.h"
#include "isolation/Isolation.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace orch {

// Docker mode: each worker's agent runs in its own container, `orch-<run>-w<N>`, with the worker's
// folder mounted at /workspace. The folder itself comes from an inner isolation (a plain folder,
// or a git worktree with docker.worktree), which also settles it. Containers are removed by name
// when the subtask settles, because killing the docker client alone leaves them running.
class DockerIsolation final : public Isolation
{
    Q_DECLARE_TR_FUNCTIONS(DockerIsolation)

public:
    DockerIsolation(const Config &config, std::unique_ptr<Isolation> inner);

    QString name() const override { return QStringLiteral("docker"); }
    bool check(QString *errorMessage) override;
    void beginRun(const QString &runId) override;
    std::optional<QString> prepare(int workerId, QString *errorMessage) override;
    void wrap(ProcessSpec &spec, int workerId) const override;
    void release(int workerId) override;
    void settle(int workerId, SubtaskResult &result) override;

    QString containerName(int workerId) const;
    Isolation &inner() const { return *m_inner; }
    // The folder the worker's folder is mounted at inside the container.
    static QString containerWorkDir() { return QStringLiteral("/workspace"); }
    // Variables handed to the container by name when the orchestrator's environment has them.
    static bool isPassedVariable(const QString &name);

private:
    void removeContainer(int workerId);

    Config m_config;
    std::unique_ptr<Isolation> m_inner;
    DockerEngine m_engine;
    QString m_runId;
    QString m_owner;
    QHash<int, QString> m_folders;
};

} // namespace orch
