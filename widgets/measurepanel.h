// A measure's page: why its status is what it is, its history against target
// (the chart, given most of the page), and below it in tabs what its owners
// wrote (commentary: add, edit, delete), "About this measure" in plain words,
// the objective's initiatives, and the figures by neighbourhood or group.
// Ctrl+Tab and Ctrl+Shift+Tab move between the tabs from anywhere on the page.
// It shows values it is given and asks for edits through signals; it never
// writes anything itself.
#pragma once

#include "measuredetail.h"

#include <QWidget>

class QComboBox;
class QSplitter;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace civicstat {

class BreakdownChart;
class CommentaryList;
class MeasureChart;

class MeasurePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit MeasurePanel(QWidget *parent = nullptr);

    void showDetail(const MeasureDetail &data);
    const MeasureDetail &data() const { return m_data; }
    QLabel *statusLine() const { return m_status; }
    QTextBrowser *about() const { return m_about; }
    CommentaryList *commentaryList() const { return m_commentary; }
    QPushButton *addCommentButton() const { return m_add; }
    QTabWidget *tabs() const { return m_tabs; }
    MeasureChart *chart() const { return m_chart; }
    BreakdownChart *breakdown() const { return m_breakdown; }
    QSplitter *splitter() const { return m_split; }

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void kindChanged(civicstat::PeriodKind kind);
    void commentaryAdded(const QString &period, const QString &body);
    void commentaryEdited(civicstat::Id id, const QString &body);
    void commentaryRemoved(civicstat::Id id);

private:
    QString aboutHtml() const;
    void addComment();
    void editComment(Id id);
    void showTab(int step);

    MeasureDetail m_data;
    QLabel *m_title;
    QLabel *m_status;
    QComboBox *m_kind;
    MeasureChart *m_chart;
    QTextBrowser *m_about;
    QTabWidget *m_tabs;
    QSplitter *m_split;
    CommentaryList *m_commentary;
    QPushButton *m_add;
    QTreeWidget *m_initiatives;
    BreakdownChart *m_breakdown;
    bool m_splitMovedByUser = false;
};

} // namespace civicstat
