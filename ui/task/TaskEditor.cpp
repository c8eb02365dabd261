#include "TaskEditor.h"

#include "QuickSettings.h"
#include "plan/PlanEditor.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

QString withShortcut(const QString &tip, const QKeySequence &key)
{
    return TaskEditor::tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText));
}

} // namespace

TaskEditor::TaskEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_historyButton(new QToolButton(this))
    , m_historyMenu(new QMenu(this))
    , m_quick(new QuickSettings(this))
    , m_planEditor(new PlanEditor(this))
    , m_planNote(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(u"taskEditor"_s);
    m_text->setObjectName(u"taskText"_s);
    m_text->setPlaceholderText(tr("Describe the task, e.g. \"Create: 1) a todo app 2) a calculator 3) a notes app\""));
    m_text->setToolTip(tr("The whole task; Ctrl+Up and Ctrl+Down step through earlier tasks"));
    m_text->setTabChangesFocus(true);
    m_text->installEventFilter(this);

    m_historyButton->setObjectName(u"historyButton"_s);
    m_historyButton->setText(tr("&History"));
    m_historyButton->setToolTip(tr("Pick an earlier task (Ctrl+Up / Ctrl+Down in the text)"));
    m_historyButton->setPopupMode(QToolButton::InstantPopup);
    m_historyButton->setMenu(m_historyMenu);
    m_historyMenu->setObjectName(u"historyMenu"_s);
    m_historyMenu->setToolTipsVisible(true);

    auto *taskPane = new QWidget(this);
    auto *taskLayout = new QHBoxLayout(taskPane);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->addWidget(m_text, 1);
    taskLayout->addWidget(m_quick);

    // Hidden until a plan exists: "Run" without planning needs no subtask list.
    m_planEditor->hide();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"taskSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(taskPane);
    splitter->addWidget(m_planEditor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_planNote->setObjectName(u"planNote"_s);
    m_planNote->setWordWrap(true);
    m_planNote->setText(tr("This plan was made for an earlier text of the task; Run will plan again."));
    m_planNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_planNote);
    layout->addWidget(createButtonRow());

    connect(m_text, &QPlainTextEdit::textChanged, this, &TaskEditor::onTextChanged);
    connect(m_quick, &QuickSettings::edited, this, &TaskEditor::quickSettingsChanged);
    connect(m_quick, &QuickSettings::validityChanged, this, &TaskEditor::updateState);
    connect(m_planEditor, &PlanEditor::problemsChanged, this, &TaskEditor::updateState);
    connect(m_planEditor, &PlanEditor::planEdited, this, &TaskEditor::updateState);
    rebuildHistoryMenu();
    updateState();
}

TaskEditor::~TaskEditor()
{
    // Children losing focus while ~QWidget hides them may still signal: not to a half-destroyed editor.
    for (QObject *sender : std::initializer_list<QObject *>{m_text, m_quick, m_planEditor})
        sender->disconnect(this);
    m_text->removeEventFilter(this);
}

QWidget *TaskEditor::createButtonRow()
{
    auto *row = new QWidget(this);
    m_hint->setObjectName(u"taskHint"_s);
    m_hint->setWordWrap(true);
    m_spinner = new QProgressBar(row);
    m_spinner->setObjectName(u"planningIndicator"_s);
    m_spinner->setRange(0, 0);  // an indeterminate bar: planning has no known length
    m_spinner->setTextVisible(false);
    m_spinner->setMaximumWidth(120);
    m_spinner->setToolTip(tr("The task is being split into subtasks"));
    m_spinner->hide();

    // Actions carry the keys, scoped to the editor so they never clash with the main window's.
    const QKeySequence planKey(Qt::CTRL | Qt::SHIFT | Qt::Key_Return);
    m_planAction = new QAction(tr("Plan"), this);
    m_planAction->setObjectName(u"planAction"_s);
    m_planAction->setShortcut(planKey);
    m_planAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_planAction);
    const QKeySequence cancelKey(Qt::Key_Escape);
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setObjectName(u"cancelPlanningAction"_s);
    m_cancelAction->setShortcut(cancelKey);
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_cancelAction);

    m_cancel = new QPushButton(tr("&Cancel"), row);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setToolTip(withShortcut(tr("Stop planning"), cancelKey));
    m_cancel->hide();
    m_plan = new QPushButton(tr("P&lan"), row);
    m_plan->setObjectName(u"planButton"_s);
    m_plan->setToolTip(withShortcut(tr("Split the task into subtasks and show them for editing"), planKey));
    m_run = new QPushButton(tr("&Run"), row);
    m_run->setObjectName(u"runButton"_s);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_historyButton);
    layout->addWidget(m_hint, 1);
    layout->addWidget(m_spinner);
    layout->addWidget(m_cancel);
    layout->addWidget(m_plan);
    layout->addWidget(m_run);

    connect(m_planAction, &QAction::triggered, this, &TaskEditor::requestPlan);
    connect(m_plan, &QPushButton::clicked, this, &TaskEditor::requestPlan);
    connect(m_cancelAction, &QAction::triggered, this, &TaskEditor::requestCancel);
    connect(m_cancel, &QPushButton::clicked, this, &TaskEditor::requestCancel);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (canRun())
            emit runRequested();
    });
    return row;
}

QString TaskEditor::task() const
{
    return m_text->toPlainText().trimmed();
}

void TaskEditor::setTask(const QString &task)
{
    m_text->setPlainText(task);
}

bool TaskEditor::canRun() const
{
    return m_canRun;
}

bool TaskEditor::canPlan() const
{
    return !m_busy && !m_planning && !task().isEmpty() && m_quick->isValid();
}

QString TaskEditor::runBlocker() const
{
    if (m_busy)
        return tr("Busy: wait until the current run ends or cancel it.");
    if (m_planning)
        return tr("Planning the task...");
    if (task().isEmpty())
        return tr("Type a task to run.");
    if (!m_quick->isValid())
        return tr("Fix the settings marked next to their fields first.");
    if (m_hasPlan && !isPlanStale() && !m_planEditor->problems().isEmpty())
        return tr("The plan cannot run as it is: fix the problems listed under it, or plan again.");
    return {};
}

void TaskEditor::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    updateState();
    if (!message.isEmpty())
        m_hint->setText(message);
}

void TaskEditor::setHistory(const QStringList &history)
{
    m_history.setEntries(history);
    rebuildHistoryMenu();
    updateState();
}

QStringList TaskEditor::history() const
{
    return m_history.entries();
}

void TaskEditor::rememberTask(const QString &task)
{
    if (!m_history.remember(task))
        return;
    rebuildHistoryMenu();
    updateState();
    emit historyChanged(m_history.entries());
}

bool TaskEditor::showOlderTask()
{
    if (m_text->isReadOnly())
        return false;
    const std::optional<QString> entry = m_history.older(m_text->toPlainText());
    if (entry)
        showHistoryEntry(*entry);
    return entry.has_value();
}

bool TaskEditor::showNewerTask()
{
    if (m_text->isReadOnly())
        return false;
    const std::optional<QString> entry = m_history.newer();
    if (entry)
        showHistoryEntry(*entry);
    return entry.has_value();
}

void TaskEditor::showHistoryEntry(const QString &text)
{
    m_showingHistory = true;
    m_text->setPlainText(text);
    m_text->moveCursor(QTextCursor::End);
    m_showingHistory = false;
}

void TaskEditor::rebuildHistoryMenu()
{
    // deleteLater, not clear(): Clear History rebuilds the menu from inside its own action's signal.
    const QList<QAction *> old = m_historyMenu->actions();
    for (QAction *action : old) {
        m_historyMenu->removeAction(action);
        action->deleteLater();
    }
    const QStringList &entries = m_history.entries();
    for (int i = 0; i < entries.size(); ++i) {
        // One line per task; '&' doubled so it is not taken for a mnemonic.
        QString label = Subtask::titleFromPrompt(entries.at(i), 80);
        QAction *action = m_historyMenu->addAction(label.replace(u'&', u"&&"_s));
        action->setToolTip(entries.at(i).left(1000));
        connect(action, &QAction::triggered, this, [this, i] {
            if (!m_text->isReadOnly())
                showHistoryEntry(m_history.select(i, m_text->toPlainText()));
        });
    }
    if (entries.isEmpty())
        return;
    m_historyMenu->addSeparator();
    QAction *clear = m_historyMenu->addAction(tr("Clear History"));
    clear->setObjectName(u"clearHistoryAction"_s);
    connect(clear, &QAction::triggered, this, [this] {
        setHistory({});
        emit historyChanged({});
    });
}

void TaskEditor::setConfig(const Config &config)
{
    m_quick->setConfig(config);
    updateState();
}

void TaskEditor::applyQuickSettings(Config &config) const
{
    m_quick->applyTo(config);
}

void TaskEditor::setPlanning(bool planning)
{
    m_planning = planning;
    updateState();
}

void TaskEditor::setPlan(const Plan &plan)
{
    // A plan opened on its own (no text yet) brings its task along.
    if (task().isEmpty() && !plan.task.trimmed().isEmpty())
        setTask(plan.task);
    m_planEditor->setPlan(plan);
    m_plannedText = task();
    m_hasPlan = true;
    m_planEditor->show();
    updateState();
}

void TaskEditor::clearPlan()
{
    m_hasPlan = false;
    m_plannedText.clear();
    m_planEditor->setPlan({});
    m_planEditor->hide();
    updateState();
}

bool TaskEditor::isPlanStale() const
{
    return m_hasPlan && task() != m_plannedText;
}

std::optional<Plan> TaskEditor::editedPlan() const
{
    if (!m_hasPlan || isPlanStale())
        return std::nullopt;
    Plan plan = m_planEditor->plan();
    plan.task = task();
    return plan;
}

void TaskEditor::requestPlan()
{
    if (canPlan())
        emit planRequested();
}

void TaskEditor::requestCancel()
{
    if (m_planning)
        emit cancelRequested();
}

bool TaskEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            if (key->key() == Qt::Key_Up)
                showOlderTask();
            else
                showNewerTask();
            return true;  // also at either end: the text should not jump instead
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TaskEditor::onTextChanged()
{
    // Typing leaves the history: the next Ctrl+Up starts from the newest entry again.
    if (!m_showingHistory)
        m_history.resetCursor();
    updateState();
}

void TaskEditor::updateState()
{
    const bool idle = !m_busy && !m_planning;
    const bool stale = isPlanStale();
    const QString blocker = runBlocker();
    const bool canRun = blocker.isEmpty();

    m_text->setReadOnly(!idle);
    m_quick->setEnabled(idle);
    m_historyButton->setEnabled(idle && !m_history.entries().isEmpty());
    m_planEditor->setEnabled(idle && !stale);
    m_planNote->setVisible(stale);
    m_spinner->setVisible(m_planning);
    m_cancel->setVisible(m_planning);
    m_cancelAction->setEnabled(m_planning);
    m_plan->setEnabled(canPlan());
    m_planAction->setEnabled(canPlan());
    m_run->setEnabled(canRun);

    const bool runsPlan = m_hasPlan && !stale;
    m_run->setToolTip(runsPlan ? tr("Run the subtasks as edited (Ctrl+Enter)")
                               : tr("Split the task into subtasks and run them (Ctrl+Enter)"));
    if (!m_busy) {
        const int subtasks = int(m_planEditor->plan().subtasks.size());
        m_hint->setText(!canRun   ? blocker
                        : runsPlan ? tr("Run starts the %n subtask(s) above as edited.", nullptr, subtasks)
                                   : QString());
    }
    if (canRun != m_canRun) {
        m_canRun = canRun;
        emit canRunChanged(canRun);
    }
}

} // namespace orch
