// One store error, two audiences: the command line names its commands
// ("civicstat init"), the window names its menu commands (File > New
// database); both say what happened to which file.
#include "sqlite.h"
#include "storeerrorfrom.h"
#include "storefactory.h"
#include "windowerrortext.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

StoreError openingError(const QString &path)
{
    const auto error = storeErrorFrom([&] { openStore(path, StoreOpenMode::Existing); });
    if (!error)
        qFatal("%s opened", qPrintable(path));
    return *error;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class StoreErrorTextsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void missingDatabase_eachAudienceGetsItsOwnRemedy()
    {
        const QString path = m_dir.filePath(QStringLiteral("nope.db"));
        const StoreError error = openingError(path);
        QCOMPARE(error.kind(), StoreError::Kind::Missing);
        QCOMPARE(error.remedy(), StoreError::Remedy::CreateOrChoose);
        QCOMPARE(error.situation(), QStringLiteral("The database \"%1\" does not exist.").arg(path));
        QCOMPARE(error.message(),
                 QStringLiteral("The database \"%1\" does not exist. Check the path, or create a database with "
                                "\"civicstat init\", \"civicstat import\" or \"civicstat demo\".")
                     .arg(path));
        QCOMPARE(windowText(error),
                 QStringLiteral("The database \"%1\" does not exist. Use File > New database to create one, or "
                                "File > Open database to choose another file.")
                     .arg(path));
    }

    void notADatabase_windowNamesItsMenusNotCommands_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("windowRemedy");
        QTest::addColumn<QString>("commandLineRemedy");
        const QString createOrChoose = QStringLiteral(
            "Use File > New database to create one, or File > Open database to choose another file.");
        const QString importInstead = QStringLiteral(
            "Use File > Open database to choose a CivicStat database, or File > New database to create one and "
            "then File > Import figures to bring in a spreadsheet or CSV.");
        QTest::newRow("random bytes") << (QByteArray("PK\x03\x04", 4) + " a workbook, not a database")
                                      << QStringLiteral("is not a CivicStat database: it is not an SQLite file.")
                                      << importInstead << QStringLiteral("\"civicstat import\"");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("is empty (0 bytes), not a CivicStat database.")
                                    << createOrChoose << QStringLiteral("\"civicstat init\"");
    }

    void notADatabase_windowNamesItsMenusNotCommands()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, situation);
        QFETCH(QString, windowRemedy);
        QFETCH(QString, commandLineRemedy);
        const QString path = m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentDataTag()));
        write(path, bytes);
        const StoreError error = openingError(path);
        QCOMPARE(error.kind(), StoreError::Kind::NotCivicStat);
        QCOMPARE(windowText(error), QStringLiteral("\"%1\" %2 %3").arg(path, situation, windowRemedy));
        QVERIFY2(!windowText(error).contains(QLatin1String("civicstat ")), qPrintable(windowText(error)));
        QVERIFY2(error.message().startsWith(QStringLiteral("\"%1\" %2 ").arg(path, situation)),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(commandLineRemedy), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QLatin1String("File >")), qPrintable(error.message()));
    }

    void anotherProgramsDatabase_windowOffersImport()
    {
        const QString path = m_dir.filePath(QStringLiteral("other.db"));
        {
            sqlite::Connection other(path, sqlite::Connection::Mode::ReadWriteCreate);
            other.execute("CREATE TABLE foo (id INTEGER PRIMARY KEY)");
        }
        const StoreError error = openingError(path);
        QCOMPARE(error.remedy(), StoreError::Remedy::ImportInstead);
        QVERIFY2(windowText(error).startsWith(QStringLiteral("\"%1\" is an SQLite database of another program").arg(path)),
                 qPrintable(windowText(error)));
        QVERIFY2(windowText(error).endsWith(QLatin1String("then File > Import figures to bring in a spreadsheet or CSV.")),
                 qPrintable(windowText(error)));
        QVERIFY(!windowText(error).contains(QLatin1String("civicstat ")));
        QVERIFY(error.message().endsWith(QLatin1String("bring in a spreadsheet or CSV with \"civicstat import\".")));
    }

    void serverNotSetUp_windowAsksTheAdministratorTheCommandLineNamesTheCommand()
    {
        // As the PostgreSQL store words it: the command line's remedy needs the address.
        const StoreError error(StoreError::Kind::NotCivicStat,
                               QStringLiteral("The PostgreSQL database city holds no CivicStat database yet."),
                               StoreError::Remedy::SetUpServer,
                               QStringLiteral("Set it up once with \"civicstat server-init postgresql://h/city\"."));
        QCOMPARE(error.message(), QStringLiteral("The PostgreSQL database city holds no CivicStat database yet. Set it "
                                                 "up once with \"civicstat server-init postgresql://h/city\"."));
        QCOMPARE(windowText(error), QStringLiteral("The PostgreSQL database city holds no CivicStat database yet. Ask "
                                                   "whoever manages the server to set it up for this version of "
                                                   "CivicStat, then open it again."));
    }

    void notAnOfflineCopy_windowNamesTakeOffline()
    {
        const StoreError error(StoreError::Kind::InvalidData, QStringLiteral("a.db is not an offline copy."),
                               StoreError::Remedy::TakeOfflineCopy);
        QCOMPARE(error.message(), QStringLiteral("a.db is not an offline copy. Take one with \"civicstat snapshot\"."));
        QCOMPARE(windowText(error), QStringLiteral("a.db is not an offline copy. Take one with File > Take offline."));
    }

    void errorWithoutRemedy_readsTheSameForBoth()
    {
        const StoreError error(StoreError::Kind::Busy, QStringLiteral("\"a.db\" is locked by another program."));
        QCOMPARE(error.remedy(), StoreError::Remedy::None);
        QCOMPARE(error.situation(), error.message());
        QCOMPARE(windowText(error), error.message());
    }
};

QTEST_MAIN(StoreErrorTextsTest)
#include "tst_storeerrortexts.moc"
