#pragma once

#include <QAbstractItemView>

class QHeaderView;

namespace orch {

// A flat table for millions of rows that keeps nothing per row: every row has the same height,
// the vertical scroll bar counts rows, and only the columns have a header. QTableView's vertical
// header (and QTreeView's item list) hold an entry for every row and regrow it as rows are
// appended, which stalled the GUI thread for up to 75 ms while a 1 GB log was indexed; here an
// append costs the same at any row count. Whole rows are selected; cells are not editable.
class LogView final : public QAbstractItemView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    QHeaderView *header() const { return m_header; }
    int rowHeight() const { return m_rowHeight; }
    void setRowHeight(int height);
    void setColumnWidth(int column, int width);
    int columnWidth(int column) const;
    // The row under the viewport's y, or -1 below the last row.
    int rowAt(int y) const;
    // Rows wholly inside the viewport: a page for Page Up and Page Down.
    int visibleRowCount() const;

    void setModel(QAbstractItemModel *model) override;
    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;
    // Off: Qt's type-to-find reads rows one by one, which on a log of millions of lines froze the
    // window for seconds; the browser's search box filters instead.
    void keyboardSearch(const QString &search) override { Q_UNUSED(search) }

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &index) const override;
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void paintEvent(QPaintEvent *event) override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;

private:
    int rowCount() const;
    int firstRow() const;
    // The viewport rectangle of rows first..last, clipped to what can be on screen.
    QRect rowsRect(int first, int last) const;

    QHeaderView *m_header;
    int m_rowHeight;
    bool m_inGeometries = false;  // setViewportMargins resizes the viewport, which lays out again
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace orch
