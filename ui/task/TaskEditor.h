#pragma once

#include "TaskHistory.h"
#include "planning/Plan.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace orch {

struct Config;
class PlanEditor;
class QuickSettings;

// Where a run begins: the task's text with its history, the settings changed most often, Plan (the
// decomposer runs, the subtasks can then be edited) and Run (the plan as edited, or plan and run in
// one go). A line says what is missing or happening; Run stays disabled while something is wrong.
class TaskEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskEditor)

public:
    explicit TaskEditor(QWidget *parent = nullptr);
    ~TaskEditor() override;

    QString task() const;
    void setTask(const QString &task);
    // While busy (planning or running) the text is read-only and Run is disabled. A message replaces
    // the hint line until the next edit.
    void setBusy(bool busy, const QString &message = {});
    bool isBusy() const { return m_busy; }
    bool canRun() const;
    bool canPlan() const;
    // Why Run is disabled, empty when it is not.
    QString runBlocker() const;

    // Earlier tasks, most recent first (at most 50); the main window stores them.
    void setHistory(const QStringList &history);
    QStringList history() const;
    void rememberTask(const QString &task);
    // Ctrl+Up / Ctrl+Down in the text: false when there is nothing older / newer.
    bool showOlderTask();
    bool showNewerTask();

    // The quick settings row (mode, max workers, timeout, model); setConfig does not emit
    // quickSettingsChanged. applyQuickSettings writes the valid fields into config.
    void setConfig(const Config &config);
    void applyQuickSettings(Config &config) const;

    // The Cancel button and busy indicator show while planning.
    void setPlanning(bool planning);
    bool isPlanning() const { return m_planning; }
    // Shows the plan for editing; it belongs to the task text as it is now.
    void setPlan(const Plan &plan);
    void clearPlan();
    bool hasPlan() const { return m_hasPlan; }
    // The plan was made for a text that has changed since.
    bool isPlanStale() const;
    // The plan as edited; nullopt without a plan or when it is stale (Run then plans again).
    std::optional<Plan> editedPlan() const;

    QPlainTextEdit *textEdit() const { return m_text; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *planButton() const { return m_plan; }
    // Plan (Ctrl+Shift+Return), enabled when planning is possible; a window may put it in its menus
    // and widen its shortcut context.
    QAction *planAction() const { return m_planAction; }
    QPushButton *cancelButton() const { return m_cancel; }
    QToolButton *historyButton() const { return m_historyButton; }
    QuickSettings *quickSettings() const { return m_quick; }
    PlanEditor *planEditor() const { return m_planEditor; }

signals:
    void runRequested();
    void planRequested();
    void cancelRequested();
    void canRunChanged(bool canRun);
    void quickSettingsChanged();
    void historyChanged(const QStringList &history);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createButtonRow();
    void requestPlan();
    void requestCancel();
    void showHistoryEntry(const QString &text);
    void rebuildHistoryMenu();
    void onTextChanged();
    void updateState();

    QPlainTextEdit *m_text;
    QToolButton *m_historyButton;
    QMenu *m_historyMenu;
    QuickSettings *m_quick;
    PlanEditor *m_planEditor;
    QLabel *m_planNote;
    QLabel *m_hint;
    QProgressBar *m_spinner = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_plan = nullptr;
    QPushButton *m_run = nullptr;
    QAction *m_planAction = nullptr;
    QAction *m_cancelAction = nullptr;
    TaskHistory m_history;
    QString m_plannedText;  // the task text the plan was made for
    bool m_hasPlan = false;
    bool m_busy = false;
    bool m_planning = false;
    bool m_showingHistory = false;  // the text is being replaced by a history entry
    bool m_canRun = false;
};

} // namespace orch
