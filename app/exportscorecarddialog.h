// Asks who an exported scorecard is for before the file is chosen: internal
// (the default) or public, with one sentence on what the choice changes.
#pragma once

#include "audience.h"

#include <QDialog>

class QRadioButton;

namespace civicstat {

class ExportScorecardDialog final : public QDialog
{
    Q_OBJECT

public:
    // `what`: the scorecard being exported, "Goal SAFE: Safe neighbourhoods, 2026-09".
    ExportScorecardDialog(const QString &what, QWidget *parent = nullptr);

    Audience audience() const;
    QRadioButton *internalButton() const { return m_internal; }
    QRadioButton *publicButton() const { return m_public; }

private:
    QRadioButton *m_internal;
    QRadioButton *m_public;
};

} // namespace civicstat
