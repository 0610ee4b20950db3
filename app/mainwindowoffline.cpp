// The main window's offline copies: File > Take offline..., the banner an
// open copy shows, and sending its comments back (docs/offline.md).
#include "mainwindow.h"

#include "commentauthor.h"
#include "commentsync.h"
#include "kpistore.h"
#include "offlinebanner.h"
#include "offlinetext.h"
#include "storeerror.h"
#include "windowerrortext.h"
#include "storefactory.h"
#include "takeofflinedialog.h"

#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>

namespace civicstat {

void MainWindow::updateOfflineBanner()
{
    const auto stamp = m_store ? m_store->offlineCopyStamp() : std::nullopt;
    if (!stamp) {
        m_offlineBanner->hide();
        return;
    }
    const int pending = int(m_store->pendingCommentary().size());
    m_offlineBanner->showCopy(offlineBannerText(*stamp, QDate::currentDate()), pendingCommentsText(pending),
                              offlineSourceText(*stamp));
}

QString MainWindow::sendCommentsBack(bool quiet)
{
    if (!m_store)
        return {};
    QString result;
    try {
        const SyncReport report = sendOfflineComments(*m_store, [this](const QString &location) {
            auto source = openSigningIn(location);
            if (!source)
                throw StoreError(StoreError::Kind::Cancelled, tr("Opening %1 was cancelled.").arg(location));
            return source;
        });
        result = report.summary();
        if (!report.details.isEmpty())
            result += QStringLiteral("\n\n") + report.details.join(QLatin1Char('\n'));
        if (!quiet)
            QMessageBox::information(this, tr("Comments sent back"), result);
    } catch (const StoreError &error) {
        result = windowText(error) + QLatin1Char(' ')
            + tr("Nothing was sent; the comments are still pending here. Try again when the source can be reached.");
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot send the comments back"), result);
    }
    updateOfflineBanner();
    return result;
}

void MainWindow::takeOffline()
{
    if (!m_store)
        return;
    const QString fullName = accountFullName();
    TakeOfflineDialog dialog(*m_store, fullName.isEmpty() ? accountLoginName() : fullName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SnapshotSummary &summary = dialog.summary();
    const QString path = dialog.outputEdit()->text().trimmed();
    statusBar()->showMessage(tr("Wrote the offline copy %1: %2 measures, %3 figures.")
                                 .arg(QDir::toNativeSeparators(path), QString::number(summary.measures),
                                      QString::number(summary.figures)),
                             10000);
    if (QMessageBox::question(this, tr("Offline copy written"),
                              tr("The offline copy %1 is written. Open it now?").arg(QDir::toNativeSeparators(path)))
        == QMessageBox::Yes)
        openDatabase(path);
}

} // namespace civicstat
