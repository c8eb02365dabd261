#include "WorkersPanel.h"

#include "WorkerActions.h"
#include "WorkerFilterModel.h"
#include "WorkerOutputView.h"
#include "WorkerTableModel.h"
#include "run/Orchestrator.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace orch {

WorkersPanel::WorkersPanel(Orchestrator *orchestrator, Monitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_model(new WorkerTableModel(this))
    , m_filter(new WorkerFilterModel(this))
    , m_actions(new WorkerActions(this))
    , m_group(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_toolBar(new QToolBar(this))
    , m_table(new QTableView(this))
    , m_output(new WorkerOutputView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_orchestrator(orchestrator)
{
    m_model->setOrchestrator(orchestrator);
    m_model->setMonitor(monitor);
    m_output->setOrchestrator(orchestrator);
    m_actions->setOrchestrator(orchestrator);
    m_actions->setModel(m_model);
    m_filter->setSourceModel(m_model);

    using Group = WorkerFilterModel::StatusGroup;
    m_group->setObjectName(QStringLiteral("workerStatusFilter"));
    for (const Group group : {Group::All, Group::Active, Group::Finished, Group::Succeeded, Group::Problems})
        m_group->addItem(WorkerFilterModel::groupName(group), int(group));
    m_search->setObjectName(QStringLiteral("workerTextFilter"));
    m_search->setPlaceholderText(tr("Filter workers"));
    m_search->setClearButtonEnabled(true);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusGroup(Group(m_group->currentData().toInt())); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &WorkerFilterModel::setText);

    m_toolBar->setObjectName(QStringLiteral("workerActionsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions(m_actions->actions());

    m_table->setObjectName(QStringLiteral("workerTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(WorkerTableModel::IdColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(WorkerTableModel::TitleColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(WorkerTableModel::TitleColumn, 220);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_table->indexAt(pos);
        if (index.isValid())
            selectWorker(index.data(WorkerTableModel::WorkerIdRole).toInt());
        QMenu *menu = createContextMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkersPanel::onCurrentChanged);
    connect(m_actions, &WorkerActions::diffRequested, this, &WorkersPanel::diffRequested);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_group);
    filterBar->addWidget(m_search, 1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterBar);
    topLayout->addWidget(m_toolBar);
    topLayout->addWidget(m_table, 1);
    m_splitter->setObjectName(QStringLiteral("workersSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_output);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    if (orchestrator) {
        // With nothing selected, the first worker to start is shown.
        connect(orchestrator, &Orchestrator::workerStarted, this, [this](int workerId, const QString &, int) {
            if (selectedWorker() == 0)
                selectWorker(workerId);
        });
    }
}

QMenu *WorkersPanel::createContextMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("workerContextMenu"));
    m_actions->updateEnabled();
    const QList<QAction *> actions = m_actions->actions();
    menu->addActions(actions.mid(0, 2));
    menu->addSeparator();
    menu->addActions(actions.mid(2));
    return menu;
}

void WorkersPanel::selectWorker(int workerId)
{
    const int sourceRow = m_model->rowOfWorker(workerId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index,
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int WorkersPanel::selectedWorker() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(WorkerTableModel::WorkerIdRole).toInt() : 0;
}

void WorkersPanel::onCurrentChanged()
{
    const int workerId = selectedWorker();
    m_output->setCurrentWorker(workerId);
    m_actions->setCurrentWorker(workerId);
}

} // namespace orch
