#include "LogTableModel.h"

#include "JsonlScanner.h"
#include "LogIndex.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace orch {

using namespace Qt::StringLiterals;

namespace {

constexpr int cachedRows = 4096;
constexpr int maxShownChars = 2000;

QString displayTime(const QString &stamp)
{
    const QDateTime time = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    if (!time.isValid())
        return stamp;
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

} // namespace

LogTableModel::LogTableModel(LogIndex *index, QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(index)
    , m_cache(cachedRows)
{
    m_rows = m_index->rowCount();
    connect(m_index, &LogIndex::aboutToReset, this, [this] { beginResetModel(); });
    connect(m_index, &LogIndex::resetDone, this, [this] {
        m_cache.clear();
        m_rows = m_index->rowCount();
        endResetModel();
    });
    connect(m_index, &LogIndex::rowsAboutToBeAppended, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(m_index, &LogIndex::rowsAppended, this, [this] {
        m_rows = m_index->rowCount();
        endInsertRows();
    });
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LogTableModel::RowText *LogTableModel::rowText(qint64 lineNumber) const
{
    if (const RowText *cached = m_cache.object(lineNumber))
        return cached;
    const QByteArray bytes = m_index->readLine(lineNumber);
    const std::string_view text(bytes.constData(), std::size_t(bytes.size()));
    const JsonlScanner::Fields fields = JsonlScanner::scan(text);
    auto *row = new RowText{displayTime(JsonlScanner::text(fields.time)), JsonlScanner::summary(text, fields)};
    if (row->message.size() > maxShownChars)
        row->message = row->message.left(maxShownChars) + u'\u2026';
    // One line in the table: the detail pane shows the rest.
    row->message.replace(u'\n', u' ');
    m_cache.insert(lineNumber, row);
    return row;
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 lineNumber = m_index->lineOfRow(index.row());
    const LogLine *line = m_index->line(lineNumber);
    if (!line)
        return {};
    const QString label = m_index->labelOf(lineNumber);
    switch (role) {
    case LineNumberRole:
        return lineNumber;
    case RawLineRole:
        return m_index->readLine(lineNumber, 16 * 1024 * 1024);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return rowText(lineNumber)->time;
        case LevelColumn:
            return label;
        case WorkerColumn:
            return line->workerId >= 0 ? QVariant(line->workerId) : QVariant(QString());
        case MessageColumn:
            return rowText(lineNumber)->message;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() != LevelColumn || !qApp)
            return {};
        if (label == "ERROR"_L1)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (label == "WARNING"_L1)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (label == "INFO"_L1)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        return {};
    case Qt::ForegroundRole:
        if (label == "ERROR"_L1)
            return QColor(Qt::red);
        if (label == "WARNING"_L1)
            return QColor(0xb3, 0x6b, 0x00);
        if (label == "DEBUG"_L1)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case WorkerColumn:
        return tr("Worker");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace orch
