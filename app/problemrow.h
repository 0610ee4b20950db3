// The warning row the password and passphrase dialogs show under their field
// after a refusal: a warning icon beside the reason, hidden until there is one.
#pragma once

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QWidget>

namespace civicstat {

inline QWidget *makeProblemRow(QLabel *problem, const QString &objectName, QWidget *parent)
{
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->setObjectName(objectName);
    auto *problemIcon = new QLabel(parent);
    problemIcon->setPixmap(parent->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    problemIcon->setAlignment(Qt::AlignTop);
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(problemIcon);
    layout->addWidget(problem, 1);
    row->hide();
    return row;
}

} // namespace civicstat
