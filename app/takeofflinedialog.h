// File > Take offline...: which scope, for which audience, and where the copy
// goes; then it writes the copy as `civicstat snapshot` does, with progress.
#pragma once

#include "snapshot.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace civicstat {

class TakeOfflineDialog final : public QDialog
{
    Q_OBJECT

public:
    // `source` must outlive the dialog; `holder` signs the copy.
    TakeOfflineDialog(const KpiStore &source, const QString &holder, QWidget *parent = nullptr);

    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *audienceBox() const { return m_audience; }
    QLineEdit *outputEdit() const { return m_output; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *passphraseAgainEdit() const { return m_passphraseAgain; }
    // Writes the copy; on failure says why in the dialog and returns the message (empty on success).
    QString takeCopy();
    const SnapshotSummary &summary() const { return m_summary; }

private:
    void chooseOutput();

    const KpiStore &m_source;
    QString m_holder;
    QComboBox *m_scope;
    QComboBox *m_audience;
    QLineEdit *m_output;
    QLineEdit *m_passphrase;
    QLineEdit *m_passphraseAgain;
    QLabel *m_sealingNote;
    QProgressBar *m_progress;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    SnapshotSummary m_summary;
};

} // namespace civicstat
