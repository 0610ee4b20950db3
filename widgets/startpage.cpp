#include "startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace civicstat {

namespace {

QPushButton *makeButton(const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(description);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("...")));
    button->setAccessibleDescription(description);
    // Outside a dialog a push button ignores Enter unless it is an auto-default button.
    button->setAutoDefault(true);
    button->setMinimumHeight(button->sizeHint().height() + 8);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_location(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_next(new QLabel(tr("What would you like to do?"), this))
    , m_open(makeButton(tr("&Open database..."), tr("Choose a CivicStat database file (File > Open database)"), this))
    , m_new(makeButton(tr("&New database..."),
                       tr("Start an empty database, then import figures into it (File > New database)"), this))
    , m_demo(makeButton(tr("Open the &demo city"),
                        tr("Riverton, a fictional city with made-up figures, to try CivicStat on (File > Open the "
                           "demo city)"),
                        this))
{
    setObjectName(QStringLiteral("startPage"));
    QFont big = m_heading->font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    for (QLabel *label : {m_heading, m_location, m_reason, m_next}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setObjectName(QStringLiteral("startPageReason"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);

    // One readable column, centred: a long reason wraps instead of running across a wide window.
    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_location);
    columnLayout->addWidget(m_reason);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_next);
    columnLayout->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    setTabOrder(m_open, m_new);
    setTabOrder(m_new, m_demo);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    showWelcome();
}

void StartPage::showProblem(const QString &location, const QString &reason)
{
    const QString name = QFileInfo(location).fileName();
    m_heading->setText(name.isEmpty() ? tr("The database could not be opened")
                                      : tr("%1 could not be opened").arg(name));
    m_location->setText(tr("File: %1").arg(QDir::toNativeSeparators(location)));
    m_location->setVisible(!location.isEmpty());
    m_reason->setText(reason);
    m_reason->show();
    setAccessibleName(m_heading->text());
    setAccessibleDescription(reason);
    if (isVisible())
        m_open->setFocus(Qt::OtherFocusReason);
}

void StartPage::showWelcome()
{
    m_heading->setText(tr("Welcome to CivicStat"));
    m_location->hide();
    m_reason->setText(tr("CivicStat shows how a city is doing on its goals: scorecards of measures against their "
                         "targets, worst first. Open your city's database, start a new one, or look around the demo "
                         "city."));
    setAccessibleName(m_heading->text());
    setAccessibleDescription(m_reason->text());
}

QString StartPage::heading() const { return m_heading->text(); }

QString StartPage::text() const
{
    QStringList parts{m_heading->text()};
    if (m_location->isVisibleTo(this))
        parts << m_location->text();
    parts << m_reason->text();
    return parts.join(QLatin1Char('\n'));
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_open->setFocus(Qt::OtherFocusReason);
}

} // namespace civicstat
