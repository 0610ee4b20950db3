// A measure's page: why its status is what it is, its history against target
// (the chart, given most of the page), and below it in tabs what its owners
// wrote (commentary: add, edit, delete), "About this measure" in plain words,
// the objective's initiatives, and the figures by neighbourhood or group.
// Ctrl+Tab and Ctrl+Shift+Tab move between the tabs from anywhere on the page;
// Tab goes in reading order: the chart's controls, the chart, the tabs' bar,
// then into the tab shown. The tabs get a share of the height that fits what
// they show (one line for no comments, half for the breakdown) until the user
// drags the divide; that share is then kept.
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
    QTreeWidget *initiatives() const { return m_initiatives; }
    CommentaryList *commentaryList() const { return m_commentary; }
    QPushButton *addCommentButton() const { return m_add; }
    QTabWidget *tabs() const { return m_tabs; }
    MeasureChart *chart() const { return m_chart; }
    BreakdownChart *breakdown() const { return m_breakdown; }
    QSplitter *splitter() const { return m_split; }
    // The share of the divided height the tabs get, as the user last dragged it
    // (0: never; each tab then gets a share fitting what it shows). The main
    // window remembers it between runs.
    double chosenTabsShare() const { return m_chosenTabsShare; }
    void setChosenTabsShare(double share);

protected:
    void resizeEvent(QResizeEvent *event) override;

signals:
    void kindChanged(civicstat::PeriodKind kind);
    void commentaryAdded(const QString &period, const QString &body);
    void commentaryEdited(civicstat::Id id, const QString &body);
    void commentaryRemoved(civicstat::Id id);
    void tabsShareChosen(double share);

private:
    QString aboutHtml() const;
    void addComment();
    void editComment(Id id);
    void showTab(int step);
    void divideHeight();
    int tabsHeightFor(int total) const;
    int oneLineTabsHeight() const;

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
    QWidget *m_commentaryPage;
    double m_chosenTabsShare = 0.0;
    bool m_dividing = false; // the panel, not the user, is moving the divide
};

} // namespace civicstat
