#include "TaskEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace orch {

TaskEditor::TaskEditor(QWidget *parent)
    : QWidget(parent)
    , m_text(new QPlainTextEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_hint(new QLabel(this))
{
    setObjectName(u"taskEditor"_s);
    m_text->setObjectName(u"taskText"_s);
    m_text->setPlaceholderText(tr("Describe the task, e.g. \"Create: 1) a todo app 2) a calculator 3) a notes app\""));
    m_text->setTabChangesFocus(true);
    m_run->setObjectName(u"runButton"_s);
    m_run->setToolTip(tr("Split the task into subtasks and run them (Ctrl+Enter)"));
    m_hint->setObjectName(u"taskHint"_s);
    m_hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_hint, 1);
    buttons->addWidget(m_run);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_text, &QPlainTextEdit::textChanged, this, &TaskEditor::updateState);
    connect(m_run, &QPushButton::clicked, this, &TaskEditor::runRequested);
    updateState();
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

void TaskEditor::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_text->setReadOnly(busy);
    updateState();
    if (!message.isEmpty())
        m_hint->setText(message);
}

void TaskEditor::updateState()
{
    const bool empty = task().isEmpty();
    if (!m_busy)
        m_hint->setText(empty ? tr("Type a task to run.") : QString());
    const bool canRun = !m_busy && !empty;
    m_run->setEnabled(canRun);
    if (canRun != m_canRun) {
        m_canRun = canRun;
        emit canRunChanged(canRun);
    }
}

} // namespace orch
