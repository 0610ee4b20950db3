// An offline copy opened in the window says so above the content: where it
// came from and how old its data are, counted from the stamp's data-as-of
// date to today; a comment written in it makes "Send comments back" ready.
#include "appsettings.h"
#include "democity.h"
#include "mainwindow.h"
#include "windowfixtures.h"
#include "offlinebanner.h"
#include "offlinetext.h"
#include "snapshot.h"
#include "storefactory.h"
#include "takeofflinedialog.h"

#include <QComboBox>
#include <QLineEdit>

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFile>
#include <QTest>

using namespace civicstat;
using windowtest::openAndWait;

class OfflineBannerTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_city;
    QString m_copy;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appsettings::setCommentAuthor(QStringLiteral("Ana Ruiz"));
        m_city = m_dir.filePath(QStringLiteral("riverton.db"));
        writeDemoCity(m_city, DemoOptions{});
        m_copy = m_dir.filePath(QStringLiteral("riverton-offline.db"));
        auto source = openStore(m_city);
        SnapshotRequest request;
        request.output = m_copy;
        request.scope = *Scope::parse(QStringLiteral("goal:G1"));
        request.edition.audience = Audience::Public; // unsealed, so that the window opens it without asking
        request.holder = QStringLiteral("Field Reviewer");
        takeSnapshot(*source, request);
        // The data's date is set here, so that the age on screen is known.
        auto copy = openStore(m_copy);
        OfflineCopyStamp stamp = *copy->offlineCopyStamp();
        stamp.dataAsOf = QDate::currentDate().addDays(-12);
        copy->stampOfflineCopy(stamp);
    }

    void bannerText_countsDaysFromTheDataToToday()
    {
        OfflineCopyStamp stamp;
        stamp.source = QStringLiteral("/srv/city.db");
        stamp.dataAsOf = QDate(2026, 9, 30);
        QCOMPARE(offlineBannerText(stamp, QDate(2026, 9, 30)),
                 QStringLiteral("Offline copy of city.db, data as of 2026-09-30, today"));
        QCOMPARE(offlineBannerText(stamp, QDate(2026, 10, 1)),
                 QStringLiteral("Offline copy of city.db, data as of 2026-09-30, 1 day old"));
        QCOMPARE(offlineBannerText(stamp, QDate(2026, 12, 3)),
                 QStringLiteral("Offline copy of city.db, data as of 2026-09-30, 64 days old"));
        QCOMPARE(offlineSourceText(stamp), QStringLiteral("Taken from %1").arg(QDir::toNativeSeparators("/srv/city.db")));
        // A server is named by its address (the store's, without a password), not cut to its last part.
        stamp.source = QStringLiteral("postgresql://kpi.city.example/performance");
        stamp.dataAsOf.reset();
        QCOMPARE(offlineBannerText(stamp, QDate(2026, 9, 30)),
                 QStringLiteral("Offline copy of postgresql://kpi.city.example/performance, without figures"));
    }

    void openingACopy_showsTheBannerWithItsAge()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(openAndWait(window, m_copy));
        QVERIFY(window.offlineBanner()->isVisible());
        const QString expected = QStringLiteral("Offline copy of %1, data as of %2, 12 days old")
                                     .arg(QFileInfo(m_city).fileName(),
                                          QDate::currentDate().addDays(-12).toString(Qt::ISODate));
        QCOMPARE(window.offlineBanner()->text(), expected);
        QCOMPARE(window.offlineBanner()->findChild<QLabel *>(QStringLiteral("offlineBannerText"))->toolTip(),
                 QStringLiteral("Taken from %1").arg(QDir::toNativeSeparators(QFileInfo(m_city).absoluteFilePath())));
        QVERIFY(!window.offlineBanner()->sendButton()->isEnabled()); // nothing written offline yet
        // The banner sits above the content, across the window.
        QCOMPARE(window.offlineBanner()->mapTo(&window, QPoint(0, 0)).x(), 0);
        QVERIFY(window.offlineBanner()->width() >= 1200);

        // A comment written offline is one to send back.
        auto copy = openStore(m_copy);
        const Structure inCopy = copy->structure();
        const Measure &measure = inCopy.measures.front();
        Commentary c;
        c.measureId = measure.id;
        c.period = QStringLiteral("2026-09");
        c.author = QStringLiteral("Ana Ruiz");
        c.writtenAt = QDateTime::currentDateTimeUtc();
        c.body = QStringLiteral("Seen on site.");
        copy->addCommentary(c);
        QTRY_VERIFY_WITH_TIMEOUT(window.offlineBanner()->sendButton()->isEnabled(), 5000);
        QCOMPARE(window.offlineBanner()->findChildren<QLabel *>().at(1)->text(), QStringLiteral("1 comment to send back"));
        if (const QString shots = qEnvironmentVariable("CIVICSTAT_SCREENSHOTS"); !shots.isEmpty()) {
            QTest::qWait(500); // the overview's tiles are laid out after the snapshot is shown
            QVERIFY(window.grab().save(shots + QStringLiteral("/offline-banner.png")));
        }

        // Sent back from the banner: the source gets it, the banner has nothing left to send.
        const QString report = window.sendCommentsBack(true);
        QVERIFY2(report.contains(QLatin1String("1 added")), qPrintable(report));
        QVERIFY(!window.offlineBanner()->sendButton()->isEnabled());
        auto source = openStore(m_city);
        bool found = false;
        for (const Commentary &atSource : source->commentaryOf(source->structure().measureByCode(measure.code)->id))
            found = found || atSource.body == QLatin1String("Seen on site.");
        QVERIFY(found);
    }

    void takeOfflineDialog_writesTheCopyTheCommandWould()
    {
        auto source = openStore(m_city);
        TakeOfflineDialog dialog(*source, QStringLiteral("Field Reviewer"));
        // The whole city, each goal and each department of the demo city.
        QCOMPARE(dialog.scopeBox()->count(),
                 1 + int(source->structure().goals.size()) + int(source->structure().departments.size()));
        QCOMPARE(dialog.scopeBox()->count(), 1 + 6 + 15);
        dialog.scopeBox()->setCurrentIndex(dialog.scopeBox()->findData(QStringLiteral("goal:G2")));
        dialog.audienceBox()->setCurrentIndex(dialog.audienceBox()->findData(QStringLiteral("public")));
        const QString out = m_dir.filePath(QStringLiteral("from-dialog.db"));
        dialog.outputEdit()->setText(out);
        if (const QString shots = qEnvironmentVariable("CIVICSTAT_SCREENSHOTS"); !shots.isEmpty()) {
            dialog.show();
            QVERIFY(dialog.grab().save(shots + QStringLiteral("/take-offline.png")));
        }
        QCOMPARE(dialog.takeCopy(), QString());
        auto copy = openStore(out);
        const auto stamp = copy->offlineCopyStamp();
        QVERIFY(stamp.has_value());
        QCOMPARE(stamp->scope, QStringLiteral("goal:G2"));
        QCOMPARE(stamp->audience, QStringLiteral("public"));
        QCOMPARE(stamp->holder, QStringLiteral("Field Reviewer"));
        const Structure inCopy = copy->structure();
        QCOMPARE(int(inCopy.goals.size()), 1);
        QCOMPARE(int(inCopy.measures.size()), dialog.summary().measures);
        QVERIFY(dialog.summary().measures > 0);
        for (const Measure &m : inCopy.measures)
            QCOMPARE(m.classification, Classification::Public);

        // A folder that is not there: the dialog says so and writes nothing.
        dialog.outputEdit()->setText(m_dir.filePath(QStringLiteral("missing/copy.db")));
        QVERIFY(dialog.takeCopy().contains(QLatin1String("Cannot write beside")));
    }

    void takeOfflineDialog_internalCopyIsSealedWithTheTypedPassphrase()
    {
        auto source = openStore(m_city);
        TakeOfflineDialog dialog(*source, QStringLiteral("Field Reviewer"));
        dialog.scopeBox()->setCurrentIndex(dialog.scopeBox()->findData(QStringLiteral("goal:G1")));
        QCOMPARE(dialog.audienceBox()->currentData().toString(), QStringLiteral("internal"));
        QVERIFY(dialog.passphraseEdit()->isEnabled());
        const QString out = m_dir.filePath(QStringLiteral("sealed-from-dialog.db"));
        dialog.outputEdit()->setText(out);
        dialog.passphraseEdit()->setText(QStringLiteral("river crossing 42"));
        dialog.passphraseAgainEdit()->setText(QStringLiteral("river crossing 24"));
        QVERIFY(dialog.takeCopy().contains(QLatin1String("The two passphrases differ")));
        QVERIFY(!QFile::exists(out));

        dialog.passphraseAgainEdit()->setText(QStringLiteral("river crossing 42"));
        QCOMPARE(dialog.takeCopy(), QString());
        QVERIFY(isSealedStore(out));
        const auto copy = openStore(out, StoreOpenOptions{StoreOpenMode::Existing, QStringLiteral("river crossing 42")});
        QCOMPARE(copy->offlineCopyStamp()->audience, QStringLiteral("internal"));
        QCOMPARE(copy->structure().goals.size(), std::size_t(1));

        dialog.audienceBox()->setCurrentIndex(dialog.audienceBox()->findData(QStringLiteral("public")));
        QVERIFY(!dialog.passphraseEdit()->isEnabled()); // a public copy is left plain
    }

    void openingTheSource_showsNoBanner()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndWait(window, m_city));
        QVERIFY(!window.offlineBanner()->isVisible());
    }
};

QTEST_MAIN(OfflineBannerTest)
#include "tst_offlinebanner.moc"
