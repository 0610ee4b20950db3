// A measure's page: its history against target (chart), why its status is what
// it is, "About this measure" in plain words, what its owners wrote
// (commentary: add, edit, delete), the objective's initiatives, and the
// figures by neighbourhood or group. It shows values it is given and asks
// for edits through signals; it never writes anything itself.
#pragma once

#include "measuredetail.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace civicstat {

class BreakdownChart;
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
    QTreeWidget *commentaryList() const { return m_commentary; }
    QTabWidget *tabs() const { return m_tabs; }
    MeasureChart *chart() const { return m_chart; }
    BreakdownChart *breakdown() const { return m_breakdown; }

signals:
    void kindChanged(civicstat::PeriodKind kind);
    void commentaryAdded(const QString &period, const QString &body);
    void commentaryEdited(civicstat::Id id, const QString &body);
    void commentaryRemoved(civicstat::Id id);

private:
    QString aboutHtml() const;
    void fillCommentary();
    void addComment();
    void editComment();
    void removeComment();

    MeasureDetail m_data;
    QLabel *m_title;
    QLabel *m_status;
    QComboBox *m_kind;
    MeasureChart *m_chart;
    QTextBrowser *m_about;
    QTabWidget *m_tabs;
    QTreeWidget *m_commentary;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QTreeWidget *m_initiatives;
    BreakdownChart *m_breakdown;
};

} // namespace civicstat
