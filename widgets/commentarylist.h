// What a measure's owners wrote, each comment whole: its text wrapped under a
// line with its period, author and date, and, when the database can be
// written, its own Edit and Delete buttons (reachable with Tab). No comments
// take one line, not an empty box.
#pragma once

#include "domain.h"

#include <QScrollArea>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace civicstat {

class CommentaryList final : public QScrollArea
{
    Q_OBJECT

public:
    explicit CommentaryList(QWidget *parent = nullptr);

    void setComments(const std::vector<Commentary> &comments, bool readOnly);
    int count() const { return int(m_bodies.size()); }
    // The height the latest comment needs, whole, at this width (0 with none).
    int latestCommentHeight(int width) const;
    // The comment's text as written, and its "period · author · date" line.
    QLabel *bodyLabel(int index) const { return m_bodies.value(index); }
    QLabel *headingLabel(int index) const { return m_headings.value(index); }
    QLabel *emptyLabel() const { return m_empty; }

signals:
    void editRequested(civicstat::Id id);
    void removeRequested(civicstat::Id id);

private:
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    QList<QLabel *> m_bodies;
    QList<QLabel *> m_headings;
    QList<QWidget *> m_cards;
};

} // namespace civicstat
