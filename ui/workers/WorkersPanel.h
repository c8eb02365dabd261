#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;
class QToolBar;

namespace orch {

class Monitor;
class Orchestrator;
class WorkerActions;
class WorkerFilterModel;
class WorkerOutputView;
class WorkerTableModel;

// The workers screen: a filter bar, the worker table and the selected worker's output in a
// splitter, and the per-worker actions in a toolbar and the table's context menu.
class WorkersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkersPanel)

public:
    explicit WorkersPanel(Orchestrator *orchestrator, Monitor *monitor, QWidget *parent = nullptr);

    WorkerTableModel *model() const { return m_model; }
    WorkerFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    WorkerOutputView *outputView() const { return m_output; }
    WorkerActions *workerActions() const { return m_actions; }
    QSplitter *splitter() const { return m_splitter; }

    void selectWorker(int workerId);
    int selectedWorker() const;
    // The table's context menu (built fresh; the caller owns it).
    QMenu *createContextMenu(QWidget *parent);

signals:
    void diffRequested(int workerId, const QString &branch);

private:
    void onCurrentChanged();

    WorkerTableModel *m_model = nullptr;
    WorkerFilterModel *m_filter = nullptr;
    WorkerActions *m_actions = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_search = nullptr;
    QToolBar *m_toolBar = nullptr;
    QTableView *m_table = nullptr;
    WorkerOutputView *m_output = nullptr;
    QSplitter *m_splitter = nullptr;
    QPointer<Orchestrator> m_orchestrator;
};

} // namespace orch
