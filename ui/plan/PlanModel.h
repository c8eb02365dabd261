#pragma once

#include "planning/Plan.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

namespace orch {

// The subtasks of a plan as an editable table: one row per subtask, in run order. Ids never change
// once given (dependencies refer to them); titles, prompts and dependencies are edited in place.
class PlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)

public:
    enum Column { IdColumn, TitleColumn, DependsColumn, PromptColumn, ColumnCount };
    Q_ENUM(Column)

    explicit PlanModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan);
    const Plan &plan() const { return m_plan; }
    const Subtask &subtask(int row) const { return m_plan.subtasks.at(row); }
    int rowOf(const QString &id) const;
    // What makes the plan unrunnable (Plan::validate): empty prompts, cycles, ...; empty when fine.
    QStringList problems() const;

    // "1, 3" or "1 3" -> {"1", "3"}; duplicates dropped. nullopt with *problem set for an id that is
    // not in the plan or is the subtask's own.
    std::optional<QStringList> parseDependencies(const QString &text, const QString &ownId,
                                                 QString *problem = nullptr) const;
    // The text of the last refused setData, for the view to show.
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // The dependencies column takes text ("1, 3") or a QStringList of ids.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // New rows are subtasks with the next free numeric id and the title "New subtask".
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    // Removed ids are also removed from every other subtask's dependencies.
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

signals:
    // Any change made through the model (not setPlan).
    void planEdited();
    // setData refused a value (unknown dependency, ...); the reason is also in lastError().
    void editRefused(const QString &reason);

private:
    QString nextFreeId() const;
    std::optional<QStringList> checkDependencies(const QStringList &ids, const QString &ownId, QString *problem) const;
    bool setDependencies(int row, const QVariant &value);

    Plan m_plan;
    QString m_lastError;
};

} // namespace orch
