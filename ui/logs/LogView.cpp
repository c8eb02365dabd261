#include "LogView.h"

#include <QHeaderView>
#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QStyleOptionViewItem>

#include <algorithm>
#include <limits>

namespace orch {

namespace {

// Viewport coordinates of rows far off screen, kept well inside int.
int clampToInt(qint64 value)
{
    constexpr qint64 limit = std::numeric_limits<int>::max() / 4;
    return int(std::clamp(value, -limit, limit));
}

int floorDiv(int value, int divisor)
{
    return value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);
}

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractItemView(parent)
    , m_header(new QHeaderView(Qt::Horizontal, this))
    , m_rowHeight(fontMetrics().height() + 6)
{
    setSelectionBehavior(SelectRows);
    setEditTriggers(NoEditTriggers);
    setVerticalScrollMode(ScrollPerItem);
    setHorizontalScrollMode(ScrollPerPixel);
    m_header->setSectionsClickable(false);
    m_header->setHighlightSections(false);
    m_header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        updateGeometries();
        viewport()->update();
    });
    connect(m_header, &QHeaderView::sectionCountChanged, this, [this] {
        updateGeometries();
        viewport()->update();
    });
}

LogView::~LogView() = default;

void LogView::setRowHeight(int height)
{
    m_rowHeight = std::max(1, height);
    updateGeometries();
    viewport()->update();
}

void LogView::setColumnWidth(int column, int width)
{
    m_header->resizeSection(column, width);
}

int LogView::columnWidth(int column) const
{
    return m_header->sectionSize(column);
}

void LogView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QAbstractItemView::setModel(model);
    m_header->setModel(model);
    if (model) {
        // The row count only moves the scroll bar's range: one layout per event loop pass, however
        // many slices arrived, and none of it depends on how many rows there are.
        const auto relayout = [this] { scheduleDelayedItemsLayout(); };
        m_modelConnections << connect(model, &QAbstractItemModel::rowsInserted, this, relayout)
                           << connect(model, &QAbstractItemModel::rowsRemoved, this, relayout)
                           << connect(model, &QAbstractItemModel::modelReset, this, relayout)
                           << connect(model, &QAbstractItemModel::layoutChanged, this, relayout);
    }
    scheduleDelayedItemsLayout();
}

int LogView::rowCount() const
{
    return model() ? model()->rowCount(rootIndex()) : 0;
}

int LogView::firstRow() const
{
    return verticalScrollBar()->value();
}

int LogView::visibleRowCount() const
{
    return std::max(1, viewport()->height() / m_rowHeight);
}

int LogView::rowAt(int y) const
{
    const qint64 row = qint64(firstRow()) + floorDiv(y, m_rowHeight);
    return row >= 0 && row < rowCount() ? int(row) : -1;
}

QRect LogView::rowsRect(int first, int last) const
{
    const qint64 top = (qint64(first) - firstRow()) * m_rowHeight;
    const qint64 bottom = (qint64(last) - firstRow() + 1) * m_rowHeight;
    const int clippedTop = clampToInt(top);
    return QRect(0, clippedTop, viewport()->width(), clampToInt(bottom) - clippedTop);
}

QRect LogView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model() || index.parent() != rootIndex() || isIndexHidden(index))
        return {};
    const QRect row = rowsRect(index.row(), index.row());
    return QRect(m_header->sectionViewportPosition(index.column()), row.top(), m_header->sectionSize(index.column()),
                 row.height());
}

QModelIndex LogView::indexAt(const QPoint &point) const
{
    const int row = rowAt(point.y());
    const int column = m_header->logicalIndexAt(point.x());
    if (row < 0 || column < 0)
        return {};
    return model()->index(row, column, rootIndex());
}

void LogView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    if (!index.isValid() || index.model() != model())
        return;
    executeDelayedItemsLayout();  // the scroll bar's range must know the rows just added
    const int row = index.row();
    const int first = firstRow();
    const int page = visibleRowCount();
    QScrollBar *vertical = verticalScrollBar();
    switch (hint) {
    case EnsureVisible:
        if (row < first)
            vertical->setValue(row);
        else if (row >= first + page)
            vertical->setValue(row - page + 1);
        break;
    case PositionAtTop:
        vertical->setValue(row);
        break;
    case PositionAtBottom:
        vertical->setValue(row - page + 1);
        break;
    case PositionAtCenter:
        vertical->setValue(row - page / 2);
        break;
    }
    const int left = m_header->sectionPosition(index.column());
    const int right = left + m_header->sectionSize(index.column());
    QScrollBar *horizontal = horizontalScrollBar();
    const int width = viewport()->width();
    if (right > horizontal->value() + width)
        horizontal->setValue(right - width);
    if (left < horizontal->value())
        horizontal->setValue(left);
}

QModelIndex LogView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    Q_UNUSED(modifiers)
    const int rows = rowCount();
    const int columns = model() ? model()->columnCount(rootIndex()) : 0;
    if (rows == 0 || columns == 0)
        return {};
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return model()->index(firstRow(), 0, rootIndex());
    qint64 row = current.row();
    int column = current.column();
    switch (cursorAction) {
    case MoveUp:
    case MovePrevious:
        --row;
        break;
    case MoveDown:
    case MoveNext:
        ++row;
        break;
    case MovePageUp:
        row -= visibleRowCount();
        break;
    case MovePageDown:
        row += visibleRowCount();
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = rows - 1;
        break;
    case MoveLeft:
        --column;
        break;
    case MoveRight:
        ++column;
        break;
    }
    return model()->index(int(std::clamp<qint64>(row, 0, rows - 1)), std::clamp(column, 0, columns - 1), rootIndex());
}

int LogView::horizontalOffset() const
{
    return horizontalScrollBar()->value();
}

int LogView::verticalOffset() const
{
    return clampToInt(qint64(firstRow()) * m_rowHeight);
}

bool LogView::isIndexHidden(const QModelIndex &index) const
{
    return m_header->isSectionHidden(index.column());
}

void LogView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command)
{
    if (!selectionModel())
        return;
    const int rows = rowCount();
    const int columns = model() ? model()->columnCount(rootIndex()) : 0;
    const QRect area = rect.normalized();
    const qint64 top = std::max<qint64>(0, qint64(firstRow()) + floorDiv(area.top(), m_rowHeight));
    const qint64 bottom = std::min<qint64>(rows - 1, qint64(firstRow()) + floorDiv(area.bottom(), m_rowHeight));
    if (columns == 0 || top > bottom) {
        selectionModel()->select(QItemSelection(), command);
        return;
    }
    const QItemSelection selection(model()->index(int(top), 0, rootIndex()),
                                   model()->index(int(bottom), columns - 1, rootIndex()));
    selectionModel()->select(selection, command);
}

QRegion LogView::visualRegionForSelection(const QItemSelection &selection) const
{
    const int first = firstRow();
    const int last = first + visibleRowCount();
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        if (!range.isValid() || range.parent() != rootIndex())
            continue;
        const int top = std::max(range.top(), first);
        const int bottom = std::min(range.bottom(), last);
        if (top <= bottom)
            region += rowsRect(top, bottom);
    }
    return region;
}

void LogView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const int rows = rowCount();
    if (rows == 0 || !model())
        return;
    QStyleOptionViewItem base;
    initViewItemOption(&base);
    base.showDecorationSelected = true;
    const int first = firstRow();
    const QRect dirty = event->rect();
    const int from = std::max(first, first + dirty.top() / m_rowHeight);
    const int to = std::min(rows - 1, first + dirty.bottom() / m_rowHeight);
    const QModelIndex current = currentIndex();
    const QModelIndex root = rootIndex();
    const bool focused = hasFocus() && current.isValid();
    const QColor gridColor = QColor::fromRgba(
        QRgb(style()->styleHint(QStyle::SH_Table_GridLineColor, &base, this)));
    const int sections = m_header->count();
    for (int row = from; row <= to; ++row) {
        const int y = (row - first) * m_rowHeight;
        QStyleOptionViewItem rowOption = base;
        if (alternatingRowColors() && row % 2 == 1)
            rowOption.features |= QStyleOptionViewItem::Alternate;
        for (int visual = 0; visual < sections; ++visual) {
            const int column = m_header->logicalIndex(visual);
            if (m_header->isSectionHidden(column))
                continue;
            const int x = m_header->sectionViewportPosition(column);
            const int width = m_header->sectionSize(column);
            if (x + width < dirty.left() || x > dirty.right())
                continue;
            const QModelIndex index = model()->index(row, column, root);
            QStyleOptionViewItem option = rowOption;
            // One pixel right and below for the grid, as QTableView draws it.
            option.rect = QRect(x, y, width - 1, m_rowHeight - 1);
            if (selectionModel() && selectionModel()->isSelected(index))
                option.state |= QStyle::State_Selected;
            if (!(model()->flags(index) & Qt::ItemIsEnabled))
                option.state &= ~QStyle::State_Enabled;
            itemDelegateForIndex(index)->paint(&painter, option, index);
        }
        if (focused && current.row() == row) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(rowOption);
            focus.rect = QRect(0, y, std::min(viewport()->width(), m_header->length() - horizontalOffset()), m_rowHeight - 1);
            focus.state |= QStyle::State_KeyboardFocusChange;
            const bool selected = selectionModel() && selectionModel()->isRowSelected(row, root);
            focus.backgroundColor = palette().color(selected ? QPalette::Highlight : QPalette::Base);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
        }
    }
    painter.setPen(gridColor);
    const int bottom = (to - first + 1) * m_rowHeight;
    for (int row = from; row <= to; ++row) {
        const int y = (row - first + 1) * m_rowHeight - 1;
        painter.drawLine(dirty.left(), y, dirty.right(), y);
    }
    for (int visual = 0; visual < sections; ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (m_header->isSectionHidden(column))
            continue;
        const int x = m_header->sectionViewportPosition(column) + m_header->sectionSize(column) - 1;
        painter.drawLine(x, 0, x, bottom - 1);
    }
}

void LogView::updateGeometries()
{
    if (m_inGeometries)
        return;
    m_inGeometries = true;
    const int headerHeight = m_header->isHidden() ? 0 : m_header->sizeHint().height();
    if (viewportMargins().top() != headerHeight)
        setViewportMargins(0, headerHeight, 0, 0);
    const QRect area = viewport()->geometry();
    m_header->setGeometry(area.left(), area.top() - headerHeight, area.width(), headerHeight);

    const int page = visibleRowCount();
    QScrollBar *vertical = verticalScrollBar();
    vertical->setRange(0, std::max(0, rowCount() - page));
    vertical->setPageStep(page);
    vertical->setSingleStep(1);
    QScrollBar *horizontal = horizontalScrollBar();
    horizontal->setRange(0, std::max(0, m_header->length() - area.width()));
    horizontal->setPageStep(area.width());
    horizontal->setSingleStep(std::max(1, fontMetrics().averageCharWidth() * 2));
    m_header->setOffset(horizontal->value());
    m_inGeometries = false;
    QAbstractItemView::updateGeometries();
}

void LogView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dy)
    if (dx != 0)
        m_header->setOffset(horizontalScrollBar()->value());
    viewport()->update();
}

} // namespace orch
