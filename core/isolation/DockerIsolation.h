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
    // The container's user: the orchestrator's own uid:gid, so what the agent writes is the user's;
    // when that is root, the unprivileged 65534:65534 (nobody), never root inside.
    static QString containerUser();
    // Variables handed to the container when the orchestrator's environment has them.
    static bool isPassedVariable(const QString &name);
    // Passed variables whose values are secrets (API keys, tokens, passwords). They never go by
    // --env: docker would keep the value in the container's configuration, which `docker inspect`
    // shows to anyone who may talk to the daemon. They go through the container's stdin instead.
    static bool isSecretVariable(const QString &name);
    // The shell script that reads one line per secret variable from stdin, exports them and execs
    // its arguments; what is left on stdin (the prompt) reaches the agent untouched.
    static QString secretReaderScript(const QStringList &names);

private:
    void removeContainer(int workerId);
    // Run as root, the worker's folder is handed to the container's user while the agent runs and
    // back to the orchestrator's user afterwards (git on the host refuses a folder another owns).
    void handOver(int workerId, bool toContainer);

    Config m_config;
    std::unique_ptr<Isolation> m_inner;
    DockerEngine m_engine;
    QString m_runId;
    QString m_owner;
    QHash<int, QString> m_folders;
};

} // namespace orch
