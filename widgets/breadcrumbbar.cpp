#include "breadcrumbbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace civicstat {

BreadcrumbBar::BreadcrumbBar(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setAccessibleName(tr("Drill path"));
    // A deep path must not squeeze the navigation: it is cut at the right instead.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void BreadcrumbBar::setPath(const std::vector<Crumb> &path)
{
    m_path = path;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (std::size_t i = 0; i < path.size(); ++i) {
        const Crumb crumb = path[i];
        const bool last = i + 1 == path.size();
        if (i > 0)
            m_layout->addWidget(new QLabel(QStringLiteral("\u203A"), this));
        if (last) {
            auto *label = new QLabel(this);
            label->setTextFormat(Qt::PlainText);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setText(QFontMetrics(bold).elidedText(crumb.name, Qt::ElideRight, 240));
            label->setToolTip(crumb.name);
            m_layout->addWidget(label);
            continue;
        }
        auto *button = new QToolButton(this);
        // Long names end in "...": a squeezed button would cut them at both ends.
        button->setText(fontMetrics().elidedText(crumb.name, Qt::ElideRight, 120));
        button->setAutoRaise(true);
        button->setToolTip(tr("Go back up to %1").arg(crumb.name));
        button->setObjectName(QStringLiteral("crumb_%1").arg(i));
        connect(button, &QToolButton::clicked, this, [this, crumb] { emit crumbActivated(crumb.level, crumb.code); });
        m_layout->addWidget(button);
    }
    m_layout->addStretch(1);
}

} // namespace civicstat
