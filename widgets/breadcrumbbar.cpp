#include "breadcrumbbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

namespace civicstat {

namespace {

const QString separatorText = QStringLiteral("\u203A");

int widthOf(const std::vector<int> &whole, const std::vector<int> &collapsed, const std::vector<bool> &folded,
            int separator)
{
    int total = 0;
    for (std::size_t i = 0; i < whole.size(); ++i)
        total += folded[i] ? collapsed[i] : whole[i];
    return total + separator * int(whole.empty() ? 0 : whole.size() - 1);
}

void setCrumbText(QWidget *crumb, const QString &text)
{
    if (auto *button = qobject_cast<QToolButton *>(crumb))
        button->setText(text);
    else if (auto *label = qobject_cast<QLabel *>(crumb))
        label->setText(text);
}

} // namespace

std::vector<bool> collapsedCrumbs(const std::vector<int> &whole, const std::vector<int> &collapsed, int separator,
                                  int available)
{
    std::vector<bool> folded(whole.size(), false);
    if (whole.size() < 2)
        return folded;
    std::vector<std::size_t> order; // the middle from the top down, then the first
    for (std::size_t i = 1; i + 1 < whole.size(); ++i)
        order.push_back(i);
    order.push_back(0);
    for (std::size_t i : order) {
        if (widthOf(whole, collapsed, folded, separator) <= available)
            break;
        folded[i] = true;
    }
    return folded;
}

BreadcrumbBar::BreadcrumbBar(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    // The steps are sized here, to fit the room the bar is given; they must not widen it.
    m_layout->setSizeConstraint(QLayout::SetNoConstraint);
    setAccessibleName(tr("Drill path"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

QString BreadcrumbBar::collapsedText() { return QStringLiteral("\u2026"); }

void BreadcrumbBar::setPath(const std::vector<Crumb> &path)
{
    m_path = path;
    m_crumbs.clear();
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList names;
    for (std::size_t i = 0; i < path.size(); ++i) {
        const Crumb crumb = path[i];
        names << crumb.name;
        if (i > 0)
            m_layout->addWidget(new QLabel(separatorText, this));
        QWidget *widget = nullptr;
        if (i + 1 == path.size()) {
            auto *label = new QLabel(this);
            label->setTextFormat(Qt::PlainText);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setContentsMargins(4, 0, 0, 0); // as much room after "›" as a button's padding before it
            label->setToolTip(crumb.name);
            label->setAccessibleName(crumb.name);
            widget = label;
        } else {
            auto *button = new QToolButton(this);
            button->setAutoRaise(true);
            button->setToolTip(tr("Go back up to %1").arg(crumb.name));
            button->setAccessibleName(tr("Go back up to %1").arg(crumb.name));
            connect(button, &QToolButton::clicked, this,
                    [this, crumb] { emit crumbActivated(crumb.level, crumb.code); });
            widget = button;
        }
        widget->setObjectName(QStringLiteral("crumb_%1").arg(i));
        widget->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        m_layout->addWidget(widget);
        m_crumbs.push_back(widget);
    }
    m_layout->addStretch(1);
    const QString whole = names.join(QStringLiteral(" %1 ").arg(separatorText));
    setToolTip(whole);
    setAccessibleName(tr("Drill path: %1").arg(whole));
    measure();
    fit();
}

void BreadcrumbBar::measure()
{
    m_wholeWidths.clear();
    m_collapsedWidths.clear();
    for (std::size_t i = 0; i < m_crumbs.size(); ++i) {
        setCrumbText(m_crumbs[i], collapsedText());
        m_collapsedWidths.push_back(m_crumbs[i]->sizeHint().width());
        setCrumbText(m_crumbs[i], m_path[i].name);
        m_wholeWidths.push_back(m_crumbs[i]->sizeHint().width());
    }
    m_separatorWidth = fontMetrics().horizontalAdvance(separatorText) + 2 * m_layout->spacing();
}

void BreadcrumbBar::fit()
{
    if (m_crumbs.empty())
        return;
    const int available = contentsRect().width();
    const std::vector<bool> folded = collapsedCrumbs(m_wholeWidths, m_collapsedWidths, m_separatorWidth, available);
    int used = 0;
    for (std::size_t i = 0; i + 1 < m_crumbs.size(); ++i) {
        setCrumbText(m_crumbs[i], folded[i] ? collapsedText() : m_path[i].name);
        used += (folded[i] ? m_collapsedWidths[i] : m_wholeWidths[i]) + m_separatorWidth;
    }
    // The current step alone wider than the room: elided in its middle, never cut.
    auto *current = static_cast<QLabel *>(m_crumbs.back());
    const QString name = m_path.back().name;
    const int margin = m_wholeWidths.back() - current->fontMetrics().horizontalAdvance(name);
    const int room = std::max(0, available - used - margin);
    current->setText(m_wholeWidths.back() + used <= available
                         ? name
                         : current->fontMetrics().elidedText(name, Qt::ElideMiddle, room));
    for (QWidget *crumb : m_crumbs)
        crumb->setFixedWidth(crumb->sizeHint().width());
}

void BreadcrumbBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

void BreadcrumbBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        measure();
        fit();
    }
}

} // namespace civicstat
