#include "PlanModel.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace orch {

namespace {

// The first line with text, for a one-line view of a prompt.
QString firstLine(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

} // namespace

PlanModel::PlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PlanModel::setPlan(const Plan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_lastError.clear();
    endResetModel();
}

int PlanModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_plan.subtasks.size(); ++row) {
        if (m_plan.subtasks.at(row).id == id)
            return int(row);
    }
    return -1;
}

QStringList PlanModel::problems() const
{
    return m_plan.validate();
}

std::optional<QStringList> PlanModel::parseDependencies(const QString &text, const QString &ownId,
                                                        QString *problem) const
{
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    return checkDependencies(text.split(separators, Qt::SkipEmptyParts), ownId, problem);
}

std::optional<QStringList> PlanModel::checkDependencies(const QStringList &ids, const QString &ownId,
                                                        QString *problem) const
{
    QStringList result;
    for (const QString &id : ids) {
        QString why;
        if (id == ownId)
            why = tr("A subtask cannot depend on itself.");
        else if (m_plan.find(id) == nullptr)
            why = tr("There is no subtask \"%1\".").arg(id);
        if (!why.isEmpty()) {
            if (problem != nullptr)
                *problem = why;
            return std::nullopt;
        }
        if (!result.contains(id))
            result << id;
    }
    return result;
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.subtasks.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Subtask &subtask = m_plan.subtasks.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case IdColumn:
            return subtask.id;
        case TitleColumn:
            return subtask.title;
        case DependsColumn:
            return subtask.dependsOn.join(u", "_s);
        case PromptColumn:
            return role == Qt::EditRole ? subtask.prompt : firstLine(subtask.prompt);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == PromptColumn)
            return subtask.prompt;
        if (index.column() == DependsColumn && !subtask.dependsOn.isEmpty()) {
            QStringList lines;
            for (const QString &id : subtask.dependsOn) {
                const Subtask *other = m_plan.find(id);
                lines << (other != nullptr ? u"%1: %2"_s.arg(id, other->title) : id);
            }
            return lines.join(u'\n');
        }
    }
    return {};
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case TitleColumn:
        return tr("Title");
    case DependsColumn:
        return tr("Depends on");
    case PromptColumn:
        return tr("Prompt");
    default:
        return {};
    }
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    // Ids stay fixed: other subtasks' dependencies name them.
    if (index.column() != IdColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_lastError.clear();
    Subtask &subtask = m_plan.subtasks[index.row()];
    switch (index.column()) {
    case TitleColumn: {
        // A title is one line; an emptied one falls back to the prompt's, as in a loaded plan.
        QString title = value.toString().simplified();
        if (title.isEmpty())
            title = Subtask::titleFromPrompt(subtask.prompt);
        if (title.isEmpty()) {
            m_lastError = tr("A subtask needs a title.");
            emit editRefused(m_lastError);
            return false;
        }
        if (title == subtask.title)
            return true;
        subtask.title = title;
        break;
    }
    case PromptColumn: {
        const QString prompt = value.toString();
        if (prompt == subtask.prompt)
            return true;
        subtask.prompt = prompt;
        break;
    }
    case DependsColumn:
        return setDependencies(index.row(), value);
    default:
        return false;
    }
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    emit planEdited();
    return true;
}

bool PlanModel::setDependencies(int row, const QVariant &value)
{
    Subtask &subtask = m_plan.subtasks[row];
    // A list keeps ids with spaces or commas intact; text is split on them.
    const std::optional<QStringList> ids = value.typeId() == QMetaType::QStringList
        ? checkDependencies(value.toStringList(), subtask.id, &m_lastError)
        : parseDependencies(value.toString(), subtask.id, &m_lastError);
    if (!ids) {
        emit editRefused(m_lastError);
        return false;
    }
    if (*ids == subtask.dependsOn)
        return true;
    subtask.dependsOn = *ids;
    const QModelIndex changed = index(row, DependsColumn);
    emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    emit planEdited();
    return true;
}

QString PlanModel::nextFreeId() const
{
    int highest = 0;
    for (const Subtask &subtask : m_plan.subtasks) {
        bool ok = false;
        const int number = subtask.id.toInt(&ok);
        if (ok)
            highest = qMax(highest, number);
    }
    // "01" counts as 1 above; skip any spelling that is taken anyway.
    QString id = QString::number(highest + 1);
    for (int n = highest + 2; m_plan.find(id) != nullptr; ++n)
        id = QString::number(n);
    return id;
}

bool PlanModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row > rowCount())
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Subtask subtask;
        subtask.id = nextFreeId();
        subtask.title = tr("New subtask");
        m_plan.subtasks.insert(row + i, subtask);
    }
    endInsertRows();
    emit planEdited();
    return true;
}

bool PlanModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > rowCount())
        return false;
    QSet<QString> removed;
    for (int i = row; i < row + count; ++i)
        removed.insert(m_plan.subtasks.at(i).id);
    beginRemoveRows(parent, row, row + count - 1);
    m_plan.subtasks.remove(row, count);
    endRemoveRows();

    // A duplicated id that still has a subtask keeps its dependants.
    for (const Subtask &subtask : std::as_const(m_plan.subtasks))
        removed.remove(subtask.id);
    for (qsizetype i = 0; i < m_plan.subtasks.size(); ++i) {
        QStringList &dependsOn = m_plan.subtasks[i].dependsOn;
        const qsizetype before = dependsOn.size();
        dependsOn.removeIf([&removed](const QString &id) { return removed.contains(id); });
        if (dependsOn.size() != before) {
            const QModelIndex changed = index(int(i), DependsColumn);
            emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
        }
    }
    emit planEdited();
    return true;
}

bool PlanModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                         const QModelIndex &destinationParent, int destinationChild)
{
    const int rows = rowCount();
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > rows || destinationChild < 0 || destinationChild > rows)
        return false;
    // Moving a block into itself or to where it already is changes nothing; beginMoveRows refuses it.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const QList<Subtask> moving = m_plan.subtasks.mid(sourceRow, count);
    m_plan.subtasks.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_plan.subtasks.insert(insertAt + i, moving.at(i));
    endMoveRows();
    emit planEdited();
    return true;
}

} // namespace orch
