#include "PlanEditor.h"

#include "PlanItemDelegate.h"
#include "PlanModel.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

PlanEditor::PlanEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanModel(this))
    , m_view(new QTableView(this))
    , m_title(new QLineEdit(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_dependencies(new QListWidget(this))
    , m_problems(new QLabel(this))
    , m_editError(new QLabel(this))
{
    setObjectName(u"planEditor"_s);
    m_view->setObjectName(u"planTable"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlanItemDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(PlanModel::IdColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PlanModel::DependsColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(PlanModel::TitleColumn, 160);

    // Add and Remove act when the table has the focus, so Delete in a text field still deletes text.
    m_add = makeAction(u"addSubtask"_s, tr("&Add"), tr("Add a subtask after the selected one"), QKeySequence(Qt::Key_Insert));
    m_add->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_remove = makeAction(u"removeSubtask"_s, tr("&Remove"), tr("Remove the selected subtask"),
                          QKeySequence(Qt::Key_Delete));
    m_remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_view->addAction(m_add);
    m_view->addAction(m_remove);
    m_moveUp = makeAction(u"moveUp"_s, tr("Move &Up"), tr("Run the selected subtask earlier"),
                          QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveUp->setIcon(QIcon::fromTheme(u"go-up"_s));
    m_moveDown = makeAction(u"moveDown"_s, tr("Move Do&wn"), tr("Run the selected subtask later"),
                            QKeySequence(Qt::ALT | Qt::Key_Down));
    m_moveDown->setIcon(QIcon::fromTheme(u"go-down"_s));
    addAction(m_moveUp);
    addAction(m_moveDown);
    connect(m_add, &QAction::triggered, this, &PlanEditor::addSubtask);
    connect(m_remove, &QAction::triggered, this, &PlanEditor::removeSubtask);
    connect(m_moveUp, &QAction::triggered, this, &PlanEditor::moveUp);
    connect(m_moveDown, &QAction::triggered, this, &PlanEditor::moveDown);

    // Buttons in a column beside the table: a row of four would make the editor too wide for a small window.
    auto *buttons = new QVBoxLayout;
    for (QAction *action : {m_add, m_remove, m_moveUp, m_moveDown}) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName().chopped(6) + u"Button"_s);  // "addSubtaskAction" -> "addSubtaskButton"
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setDefaultAction(action);
        button->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);  // one width for the column
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QHBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"planSplitter"_s);
    splitter->addWidget(tablePane);
    splitter->addWidget(createDetailPane());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_editError->setObjectName(u"planEditError"_s);
    m_editError->setWordWrap(true);
    m_editError->hide();
    m_problems->setObjectName(u"planProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_editError);
    layout->addWidget(m_problems);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadDetails();
        updateActions();
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == PlanModel::PromptColumn)
            m_prompt->setFocus(Qt::OtherFocusReason);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PlanEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PlanEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &PlanEditor::onModelChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanEditor::onModelChanged);
    connect(m_model, &PlanModel::planEdited, this, [this] {
        m_editError->hide();
        emit planEdited();
    });
    connect(m_model, &PlanModel::editRefused, this, [this](const QString &reason) {
        m_editError->setText(reason);
        m_editError->show();
    });
    onModelChanged();
}

PlanEditor::~PlanEditor()
{
    // ~QWidget hides the children after this body: a title losing focus then reports editingFinished,
    // which must not reach an editor that is half gone.
    for (QObject *sender : std::initializer_list<QObject *>{m_title, m_prompt, m_dependencies, m_model, m_view,
                                                            m_view->selectionModel()})
        sender->disconnect(this);
}

QAction *PlanEditor::makeAction(const QString &name, const QString &text, const QString &tip, const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name + u"Action"_s);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    return action;
}

QWidget *PlanEditor::createDetailPane()
{
    m_details = new QWidget(this);
    m_details->setObjectName(u"subtaskDetails"_s);
    m_title->setObjectName(u"subtaskTitle"_s);
    m_title->setToolTip(tr("One line shown in tables and logs; left empty, it is taken from the prompt"));
    m_prompt->setObjectName(u"subtaskPrompt"_s);
    m_prompt->setToolTip(tr("What the agent is asked to do, verbatim"));
    m_prompt->setTabChangesFocus(true);
    m_dependencies->setObjectName(u"subtaskDependencies"_s);
    m_dependencies->setToolTip(tr("Subtasks that must succeed before this one starts"));

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    auto *titleLabel = new QLabel(tr("&Title:"), m_details);
    titleLabel->setBuddy(m_title);
    auto *promptLabel = new QLabel(tr("&Prompt:"), m_details);
    promptLabel->setBuddy(m_prompt);
    auto *dependenciesLabel = new QLabel(tr("&Depends on:"), m_details);
    dependenciesLabel->setBuddy(m_dependencies);
    form->addRow(titleLabel, m_title);
    form->addRow(promptLabel, m_prompt);
    form->addRow(dependenciesLabel, m_dependencies);

    connect(m_title, &QLineEdit::textEdited, this, &PlanEditor::commitTitle);
    // Shows the title the model settled on (an emptied title is taken from the prompt).
    connect(m_title, &QLineEdit::editingFinished, this, &PlanEditor::loadDetails);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &PlanEditor::commitPrompt);
    connect(m_dependencies, &QListWidget::itemChanged, this, &PlanEditor::commitDependencies);
    return m_details;
}

void PlanEditor::setPlan(const Plan &plan)
{
    m_model->setPlan(plan);
    m_editError->hide();
    setCurrentRow(plan.subtasks.isEmpty() ? -1 : 0);
}

Plan PlanEditor::plan() const
{
    return m_model->plan();
}

QStringList PlanEditor::problems() const
{
    return m_model->problems();
}

int PlanEditor::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlanEditor::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_view->selectionModel()->clear();
        return;
    }
    const QModelIndex current = m_view->currentIndex();
    const int column = current.isValid() ? current.column() : int(PlanModel::TitleColumn);
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, column),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void PlanEditor::addSubtask()
{
    const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
    if (!m_model->insertRow(row))
        return;
    setCurrentRow(row);
    // The new subtask needs a title and a prompt: start typing the title right away.
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

void PlanEditor::removeSubtask()
{
    const int row = currentRow();
    if (row < 0 || !m_model->removeRow(row))
        return;
    setCurrentRow(qMin(row, m_model->rowCount() - 1));
}

void PlanEditor::moveUp()
{
    moveCurrent(-1);
}

void PlanEditor::moveDown()
{
    moveCurrent(+1);
}

void PlanEditor::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_model->rowCount())
        return;
    // moveRows counts the destination before the move: one further down when moving down.
    if (m_model->moveRow({}, row, {}, delta > 0 ? target + 1 : target))
        setCurrentRow(target);
}

void PlanEditor::onModelChanged()
{
    if (!m_committing)
        loadDetails();
    updateActions();
    updateProblems();
}

void PlanEditor::loadDetails()
{
    m_loading = true;
    const int row = currentRow();
    m_details->setEnabled(row >= 0);
    if (row < 0) {
        m_title->clear();
        m_prompt->clear();
        m_dependencies->clear();
    } else {
        const Subtask &subtask = m_model->subtask(row);
        // Only when different, so the cursor stays where the user left it.
        if (m_title->text() != subtask.title)
            m_title->setText(subtask.title);
        if (m_prompt->toPlainText() != subtask.prompt)
            m_prompt->setPlainText(subtask.prompt);
        loadDependencies(subtask);
    }
    m_loading = false;
}

void PlanEditor::loadDependencies(const Subtask &subtask)
{
    m_dependencies->clear();
    const auto addItem = [this](const QString &text, const QString &id, bool checked) {
        auto *item = new QListWidgetItem(text, m_dependencies);
        item->setData(IdRole, id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    for (const Subtask &other : m_model->plan().subtasks) {
        if (other.id != subtask.id)
            addItem(u"%1: %2"_s.arg(other.id, other.title), other.id, subtask.dependsOn.contains(other.id));
    }
    // A loaded plan may name subtasks that do not exist: shown checked, so they can be unchecked.
    for (const QString &id : subtask.dependsOn) {
        if (m_model->rowOf(id) < 0)
            addItem(tr("%1 (no such subtask)").arg(id), id, true);
    }
}

void PlanEditor::commitTitle(const QString &title)
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    m_committing = true;
    m_model->setData(m_model->index(row, PlanModel::TitleColumn), title);
    m_committing = false;
}

void PlanEditor::commitPrompt()
{
    const int row = currentRow();
    if (m_loading || row < 0)
        return;
    m_committing = true;
    m_model->setData(m_model->index(row, PlanModel::PromptColumn), m_prompt->toPlainText());
    m_committing = false;
}

void PlanEditor::commitDependencies(QListWidgetItem *item)
{
    const int row = currentRow();
    if (m_loading || row < 0 || item == nullptr)
        return;
    QStringList ids;
    for (int i = 0; i < m_dependencies->count(); ++i) {
        const QListWidgetItem *candidate = m_dependencies->item(i);
        if (candidate->checkState() == Qt::Checked)
            ids << candidate->data(IdRole).toString();
    }
    m_committing = true;
    m_model->setData(m_model->index(row, PlanModel::DependsColumn), ids);
    m_committing = false;
}

void PlanEditor::updateActions()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_remove->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < rows - 1);
}

void PlanEditor::updateProblems()
{
    const QStringList problems = m_model->problems();
    if (problems == m_lastProblems)
        return;
    m_lastProblems = problems;
    m_problems->setText(problems.isEmpty() ? QString() : tr("Cannot run this plan yet:") + u'\n' + problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    emit problemsChanged(problems);
}

} // namespace orch
