#include "WorkerActions.h"

#include "WorkerTableModel.h"
#include "run/Orchestrator.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

namespace orch {

WorkerActions::WorkerActions(QObject *parent)
    : QObject(parent)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    m_cancel = makeAction(QStringLiteral("cancelWorker"), tr("&Cancel Worker"), tr("Stop this worker"));
    m_retry = makeAction(QStringLiteral("retryWorker"), tr("&Retry Worker"),
                         tr("Run this subtask again with a fresh retry budget"));
    m_openFolder = makeAction(QStringLiteral("openWorkerFolder"), tr("Open &Folder"),
                              tr("Open the worker's folder in the file manager"));
    m_copyBranch = makeAction(QStringLiteral("copyWorkerBranch"), tr("Copy &Branch Name"),
                              tr("Copy the name of the worker's git branch"));
    m_viewDiff = makeAction(QStringLiteral("viewWorkerDiff"), tr("View &Diff"),
                            tr("Show what the worker's branch changed"));
    m_openTranscript = makeAction(QStringLiteral("openWorkerTranscript"), tr("Open &Transcript"),
                                  tr("Open the agent's raw output of the latest attempt"));
    connect(m_cancel, &QAction::triggered, this, &WorkerActions::cancel);
    connect(m_retry, &QAction::triggered, this, &WorkerActions::retry);
    connect(m_openFolder, &QAction::triggered, this, &WorkerActions::openFolder);
    connect(m_copyBranch, &QAction::triggered, this, &WorkerActions::copyBranch);
    connect(m_viewDiff, &QAction::triggered, this, &WorkerActions::viewDiff);
    connect(m_openTranscript, &QAction::triggered, this, &WorkerActions::openTranscript);
    updateEnabled();
}

QAction *WorkerActions::makeAction(const QString &objectName, const QString &text, const QString &toolTip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    return action;
}

QList<QAction *> WorkerActions::actions() const
{
    return {m_cancel, m_retry, m_openFolder, m_copyBranch, m_viewDiff, m_openTranscript};
}

void WorkerActions::setOrchestrator(Orchestrator *orchestrator)
{
    if (m_orchestrator)
        disconnect(m_orchestrator, nullptr, this, nullptr);
    m_orchestrator = orchestrator;
    if (orchestrator) {
        // Whether a run is going changes what cancel can do.
        connect(orchestrator, &Orchestrator::runStarted, this, &WorkerActions::updateEnabled);
        connect(orchestrator, &Orchestrator::runFinished, this, &WorkerActions::updateEnabled);
    }
    updateEnabled();
}

void WorkerActions::setModel(WorkerTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        // Batches, not events: at most a few per second.
        connect(model, &WorkerTableModel::batchPublished, this, &WorkerActions::updateEnabled);
        connect(model, &QAbstractItemModel::modelReset, this, &WorkerActions::updateEnabled);
        connect(model, &QAbstractItemModel::rowsInserted, this, &WorkerActions::updateEnabled);
    }
    updateEnabled();
}

void WorkerActions::setCurrentWorker(int workerId)
{
    m_current = workerId;
    updateEnabled();
}

QString WorkerActions::transcriptPath(int workerId) const
{
    const WorkerTableModel::Row *row = m_model ? m_model->worker(workerId) : nullptr;
    if (!row || row->attempt <= 0 || !m_orchestrator || m_orchestrator->runId().isEmpty())
        return {};
    return m_orchestrator->store().transcriptPath(m_orchestrator->runId(), workerId, row->attempt);
}

void WorkerActions::updateEnabled()
{
    const WorkerTableModel::Row *row = m_model ? m_model->worker(m_current) : nullptr;
    using State = WorkerTableModel::State;
    const bool running = m_orchestrator && m_orchestrator->isRunning();
    const State state = row ? row->state : State::Queued;
    m_cancel->setEnabled(row && running && WorkerTableModel::isActive(state));
    m_retry->setEnabled(row && m_orchestrator
                        && (state == State::Failed || state == State::TimedOut || state == State::Cancelled
                            || state == State::Skipped));
    m_openFolder->setEnabled(row && !row->workdir.isEmpty() && QFileInfo(row->workdir).isDir());
    m_copyBranch->setEnabled(row && !row->branch.isEmpty());
    m_viewDiff->setEnabled(row && !row->branch.isEmpty() && !WorkerTableModel::isActive(state));
    m_openTranscript->setEnabled(row && QFileInfo::exists(transcriptPath(m_current)));
}

void WorkerActions::cancel()
{
    if (m_orchestrator && !m_orchestrator->cancelWorker(m_current))
        emit actionFailed(tr("Worker %1 could not be cancelled").arg(m_current));
    updateEnabled();
}

void WorkerActions::retry()
{
    if (m_orchestrator && !m_orchestrator->retryWorker(m_current))
        emit actionFailed(tr("Worker %1 could not be retried").arg(m_current));
    updateEnabled();
}

void WorkerActions::openFolder()
{
    const WorkerTableModel::Row *row = m_model ? m_model->worker(m_current) : nullptr;
    if (row && !m_openUrl(QUrl::fromLocalFile(row->workdir)))
        emit actionFailed(tr("Cannot open %1").arg(QDir::toNativeSeparators(row->workdir)));
}

void WorkerActions::copyBranch()
{
    const WorkerTableModel::Row *row = m_model ? m_model->worker(m_current) : nullptr;
    if (row && !row->branch.isEmpty())
        QGuiApplication::clipboard()->setText(row->branch);
}

void WorkerActions::viewDiff()
{
    const WorkerTableModel::Row *row = m_model ? m_model->worker(m_current) : nullptr;
    if (row && !row->branch.isEmpty())
        emit diffRequested(m_current, row->branch);
}

void WorkerActions::openTranscript()
{
    const QString path = transcriptPath(m_current);
    if (!path.isEmpty() && !m_openUrl(QUrl::fromLocalFile(path)))
        emit actionFailed(tr("Cannot open %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace orch
