#pragma once

#include <QStyledItemDelegate>

namespace orch {

// Edits plan cells in place, except prompts: they are many lines long and belong in the editor's
// detail pane, which a double-click on a prompt focuses instead.
class PlanItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanItemDelegate)

public:
    explicit PlanItemDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};

} // namespace orch
