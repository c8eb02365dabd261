#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace orch {

// Where a run begins: the task's text, a Run button, and a line that explains what is missing
// (an empty task) or what is happening (planning, running). The plan editor joins it later.
class TaskEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskEditor)

public:
    explicit TaskEditor(QWidget *parent = nullptr);

    QString task() const;
    void setTask(const QString &task);
    // While busy (planning or running) the text is read-only and Run is disabled.
    void setBusy(bool busy, const QString &message = {});
    bool canRun() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *runButton() const { return m_run; }

signals:
    void runRequested();
    void canRunChanged(bool canRun);

private:
    void updateState();

    QPlainTextEdit *m_text;
    QPushButton *m_run;
    QLabel *m_hint;
    bool m_busy = false;
    bool m_canRun = false;
};

} // namespace orch
