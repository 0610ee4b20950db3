#include "heading.h"

#include <QLabel>

namespace civicstat {

void styleHeading(QLabel *label, double scale, bool bold)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
}

} // namespace civicstat
