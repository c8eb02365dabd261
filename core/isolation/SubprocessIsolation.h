#pragma once

#include "isolation/Isolation.h"

#include <QCoreApplication>

namespace orch {

// Subprocess mode: worker N runs in <workspace>/worker_N, sharing the machine with the others.
class SubprocessIsolation final : public Isolation
{
    Q_DECLARE_TR_FUNCTIONS(SubprocessIsolation)

public:
    explicit SubprocessIsolation(const QString &workspace);

    QString name() const override { return QStringLiteral("subprocess"); }
    bool check(QString *errorMessage) override;
    std::optional<QString> prepare(int workerId, QString *errorMessage) override;

    QString folderFor(int workerId) const;

private:
    QString m_workspace;
};

} // namespace orch
