#include "commentarylist.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace civicstat {

namespace {

// A comment's text, reached with Tab so a keyboard or screen-reader user can
// read and copy it; a label draws no focus frame of its own, so it draws one.
class CommentBody final : public QLabel
{
public:
    CommentBody(const QString &text, QWidget *parent) : QLabel(text, parent)
    {
        setTextFormat(Qt::PlainText); // what an owner wrote is never markup
        setWordWrap(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setFocusPolicy(Qt::StrongFocus);
        setMargin(3); // room for the ring outside the text
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter p(this);
        p.setPen(QPen(palette().highlight().color(), 2));
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
};

} // namespace

CommentaryList::CommentaryList(QWidget *parent)
    : QScrollArea(parent)
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_empty(new QLabel(tr("No comments for this measure yet."), m_content))
{
    setObjectName(QStringLiteral("commentaryList"));
    setAccessibleName(tr("Commentary"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Tab goes to the comments themselves, not to this frameless area that could not show the focus.
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // comments wrap instead
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    setWidget(m_content);
}

int CommentaryList::latestCommentHeight(int width) const
{
    return m_cards.isEmpty() ? 0 : m_cards.first()->heightForWidth(width);
}

void CommentaryList::setComments(const std::vector<Commentary> &comments, bool readOnly)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    m_bodies.clear();
    m_headings.clear();
    m_empty->setVisible(comments.empty());
    int at = 0;
    for (const Commentary &c : comments) {
        auto *card = new QFrame(m_content);
        card->setFrameShape(QFrame::StyledPanel);
        auto *heading = new QLabel(tr("%1 · %2 · %3")
                                       .arg(c.period, c.author.isEmpty() ? tr("no author recorded") : c.author,
                                            QLocale().toString(c.writtenAt.toLocalTime(), QLocale::ShortFormat)),
                                   card);
        heading->setTextFormat(Qt::PlainText);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        auto *body = new CommentBody(c.body, card);
        body->setAccessibleName(tr("Comment for %1 by %2").arg(c.period, c.author));
        auto *top = new QHBoxLayout;
        top->addWidget(heading, 1);
        if (!readOnly) {
            auto *edit = new QToolButton(card);
            edit->setText(tr("Edit..."));
            edit->setToolTip(tr("Change this comment"));
            edit->setAccessibleName(tr("Edit the comment for %1").arg(c.period));
            edit->setFocusPolicy(Qt::StrongFocus);
            auto *remove = new QToolButton(card);
            remove->setText(tr("Delete"));
            remove->setToolTip(tr("Delete this comment (Edit > Undo brings it back)"));
            remove->setAccessibleName(tr("Delete the comment for %1").arg(c.period));
            remove->setFocusPolicy(Qt::StrongFocus);
            const Id id = c.id;
            connect(edit, &QToolButton::clicked, this, [this, id] { emit editRequested(id); });
            connect(remove, &QToolButton::clicked, this, [this, id] { emit removeRequested(id); });
            top->addWidget(edit);
            top->addWidget(remove);
        }
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->addLayout(top);
        cardLayout->addWidget(body);
        m_layout->insertWidget(at++, card);
        m_cards << card;
        m_bodies << body;
        m_headings << heading;
    }
}

} // namespace civicstat
