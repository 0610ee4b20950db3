// The drill path above the content ("Riverton › Safe neighbourhoods › Fast
// emergency call answering"), each step a button that goes back up to it.
// Names are shown whole; when the path is wider than its room, the middle
// steps become "…" (their names in their tooltips, the whole path in the bar's
// tooltip and accessible name), and only a current name wider than all the
// room is elided, in its middle. No step is ever drawn cut.
#pragma once

#include "scorecard.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace civicstat {

struct Crumb {
    Level level = Level::Citywide;
    QString code;
    QString name;
};

// Which steps of a path show "…" so that it fits `available` pixels: the
// middle ones first (from the top of the path down), then the first; never
// the last. `whole[i]` and `collapsed[i]` are each step's widths either way,
// `separator` the width between two steps.
std::vector<bool> collapsedCrumbs(const std::vector<int> &whole, const std::vector<int> &collapsed, int separator,
                                  int available);

class BreadcrumbBar final : public QWidget
{
    Q_OBJECT

public:
    explicit BreadcrumbBar(QWidget *parent = nullptr);

    void setPath(const std::vector<Crumb> &path);
    const std::vector<Crumb> &path() const { return m_path; }
    // The widget of each step (a button, the last a label), in path order.
    const std::vector<QWidget *> &crumbWidgets() const { return m_crumbs; }
    static QString collapsedText();

signals:
    void crumbActivated(civicstat::Level level, const QString &code);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void measure();
    void fit();

    QHBoxLayout *m_layout;
    std::vector<Crumb> m_path;
    std::vector<QWidget *> m_crumbs;
    std::vector<int> m_wholeWidths;
    std::vector<int> m_collapsedWidths;
    int m_separatorWidth = 0;
};

} // namespace civicstat
