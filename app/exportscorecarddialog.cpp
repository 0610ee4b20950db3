#include "exportscorecarddialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace civicstat {

ExportScorecardDialog::ExportScorecardDialog(const QString &what, QWidget *parent)
    : QDialog(parent)
    , m_internal(new QRadioButton(tr("&Internal: public and internal measures, for staff"), this))
    , m_public(new QRadioButton(tr("&Public: public measures only, for anyone"), this))
{
    setWindowTitle(tr("Export scorecard"));
    auto *heading = new QLabel(tr("Export the scorecard of %1 as a spreadsheet (XLSX or CSV).").arg(what), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    auto *group = new QGroupBox(tr("Who is it for?"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_internal);
    groupLayout->addWidget(m_public);
    m_internal->setChecked(true);
    auto *explanation = new QLabel(
        tr("An export is internal unless you choose public; a public one leaves out every measure not classified "
           "public and scores each goal and objective from the public measures alone."),
        this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose file..."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(group);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

Audience ExportScorecardDialog::audience() const
{
    return m_public->isChecked() ? Audience::Public : Audience::Internal;
}

} // namespace civicstat
