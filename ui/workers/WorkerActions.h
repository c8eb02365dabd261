#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;

namespace orch {

class Orchestrator;
class WorkerTableModel;

// What can be done to one worker: cancel, retry, open its folder, copy its branch name, view its
// diff, open its transcript. Each a QAction, enabled by the selected worker's state as the model
// knows it, for toolbars and context menus alike.
class WorkerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerActions)

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;

    explicit WorkerActions(QObject *parent = nullptr);

    void setOrchestrator(Orchestrator *orchestrator);
    void setModel(WorkerTableModel *model);
    void setCurrentWorker(int workerId);  // 0: none
    int currentWorker() const { return m_current; }
    // Opens folders and files; QDesktopServices::openUrl unless replaced (tests).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    QAction *cancelAction() const { return m_cancel; }
    QAction *retryAction() const { return m_retry; }
    QAction *openFolderAction() const { return m_openFolder; }
    QAction *copyBranchAction() const { return m_copyBranch; }
    QAction *viewDiffAction() const { return m_viewDiff; }
    QAction *openTranscriptAction() const { return m_openTranscript; }
    QList<QAction *> actions() const;

    // The current attempt's transcript of a worker; empty when there is none yet.
    QString transcriptPath(int workerId) const;
    void updateEnabled();

signals:
    // The diff view is not part of this panel: whoever shows diffs listens here.
    void diffRequested(int workerId, const QString &branch);
    void actionFailed(const QString &message);

private:
    QAction *makeAction(const QString &objectName, const QString &text, const QString &toolTip);
    void cancel();
    void retry();
    void openFolder();
    void copyBranch();
    void viewDiff();
    void openTranscript();

    QAction *m_cancel = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_copyBranch = nullptr;
    QAction *m_viewDiff = nullptr;
    QAction *m_openTranscript = nullptr;
    int m_current = 0;
    UrlOpener m_openUrl;
    QPointer<Orchestrator> m_orchestrator;
    QPointer<WorkerTableModel> m_model;
};

} // namespace orch
