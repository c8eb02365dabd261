#pragma once

#include "planning/Plan.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTableView;

namespace orch {

class PlanModel;

// The subtasks of a plan, to edit before running: a table (one row per subtask), a detail pane for
// the selected one (title, prompt, dependencies as checkboxes), actions to add, remove and reorder,
// and a line listing what keeps the plan from running (empty prompts, cycles, ...).
class PlanEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEditor)

public:
    explicit PlanEditor(QWidget *parent = nullptr);
    ~PlanEditor() override;

    void setPlan(const Plan &plan);
    Plan plan() const;
    QStringList problems() const;

    PlanModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    int currentRow() const;
    void setCurrentRow(int row);

    QAction *addSubtaskAction() const { return m_add; }
    QAction *removeSubtaskAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

    // Each acts on the current row, as the buttons and keys do.
    void addSubtask();
    void removeSubtask();
    void moveUp();
    void moveDown();

signals:
    // The user changed the plan (not setPlan).
    void planEdited();
    void problemsChanged(const QStringList &problems);

private:
    QAction *makeAction(const QString &name, const QString &text, const QString &tip, const QKeySequence &key);
    QWidget *createDetailPane();
    void moveCurrent(int delta);
    void onModelChanged();
    void loadDetails();
    void loadDependencies(const Subtask &subtask);
    void commitTitle(const QString &title);
    void commitPrompt();
    void commitDependencies(QListWidgetItem *item);
    void updateActions();
    void updateProblems();

    PlanModel *m_model;
    QTableView *m_view;
    QLineEdit *m_title;
    QPlainTextEdit *m_prompt;
    QListWidget *m_dependencies;
    QWidget *m_details = nullptr;
    QLabel *m_problems;
    QLabel *m_editError;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QStringList m_lastProblems;
    bool m_loading = false;     // filling the detail pane from the model
    bool m_committing = false;  // writing the detail pane to the model
};

} // namespace orch
