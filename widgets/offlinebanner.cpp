#include "offlinebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace civicstat {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_send(new QPushButton(tr("Send comments back"), this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    setAttribute(Qt::WA_StyledBackground, true);
    // An information bar in the colours of a note, readable on light and dark themes alike.
    setStyleSheet(QStringLiteral("#offlineBanner { background: #fff4ce; border-bottom: 1px solid #d9c37a; }"
                                 "#offlineBanner QLabel { color: #3d3200; }"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setObjectName(QStringLiteral("offlineBannerText"));
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_pending->setTextFormat(Qt::PlainText);
    m_send->setToolTip(tr("Send the comments written in this copy to the database it was taken from"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_pending);
    layout->addWidget(m_send);
    connect(m_send, &QPushButton::clicked, this, &OfflineBanner::sendRequested);
    hide();
}

void OfflineBanner::showCopy(const QString &text, const QString &pending, const QString &source)
{
    m_label->setText(text);
    m_label->setToolTip(source);
    m_pending->setText(pending);
    m_pending->setVisible(!pending.isEmpty());
    m_send->setEnabled(!pending.isEmpty());
    QWidget::show();
}

QString OfflineBanner::text() const { return m_label->text(); }

} // namespace civicstat
