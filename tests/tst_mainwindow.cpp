// The first window, driven as a user would: it opens the demo city and shows
// the citywide overview with real figures; a bad file leaves it as it was.
#include "democity.h"
#include "mainwindow.h"
#include "overviewpanel.h"

#include <QAbstractItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        writeDemoCity(m_demo, DemoOptions{});
    }

    void openDatabase_demo_showsGoalsWithScores()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.openDatabase(m_demo, true), QString());
        const QAbstractItemModel *goals = window.overview()->goalTable()->model();
        QCOMPARE(goals->rowCount(), 6);
        QCOMPARE(goals->index(0, 1).data().toString(), QStringLiteral("Safe neighbourhoods"));
        bool ok = false;
        const double score = goals->index(0, 2).data().toString().toDouble(&ok);
        QVERIFY(ok);
        QVERIFY(score > 0.5 && score <= 1.25);
        QVERIFY(window.overview()->headline().contains(QLatin1String("citywide score")));
        QVERIFY(window.overview()->headline().contains(QLatin1String("2026-09")));
        QVERIFY(window.windowTitle().startsWith(QLatin1String("demo.db")));
    }

    void openDatabase_notADatabase_keepsWhatWasShown()
    {
        MainWindow window;
        QCOMPARE(window.openDatabase(m_demo, true), QString());
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database\n");
        file.close();
        const QString message = window.openDatabase(text, true);
        QVERIFY(message.contains(QLatin1String("not a CivicStat database")));
        QVERIFY(message.contains(text));
        QCOMPARE(window.overview()->goalTable()->model()->rowCount(), 6);
        QVERIFY(window.windowTitle().startsWith(QLatin1String("demo.db")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
