// A window started on a database it cannot open is not blank: its start page
// names the file and says why in the window's words, the first of its three
// buttons has the focus, and Enter on "Open the demo city" leads to the demo.
#include "appsettings.h"
#include "democity.h"
#include "mainwindow.h"
#include "overviewpanel.h"
#include "startpage.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace civicstat;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Opens `path` as main() does for a file named on the command line, and waits for
// the start page: at once when opening fails, after the first load when reading does.
void startOn(MainWindow &window, const QString &path)
{
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QSignalSpy shown(&window, &MainWindow::snapshotShown);
    window.openDatabase(path, true);
    QTRY_VERIFY_WITH_TIMEOUT(window.startPage()->isVisible() || !shown.isEmpty(), 20000);
}

} // namespace

class StartPageTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        appsettings::setCommentAuthor(QStringLiteral("Ana Ruiz"));
        m_demo = m_dir.filePath(QStringLiteral("demo.db"));
        writeDemoCity(m_demo, DemoOptions{});
    }

    void newWindow_welcomesWithTheThreeWaysOn()
    {
        MainWindow window;
        QVERIFY(window.startPage()->isVisibleTo(&window));
        QCOMPARE(window.startPage()->heading(), QStringLiteral("Welcome to CivicStat"));
        QCOMPARE(window.startPage()->openButton()->accessibleName(), QStringLiteral("Open database"));
        QCOMPARE(window.startPage()->newButton()->accessibleName(), QStringLiteral("New database"));
        QCOMPARE(window.startPage()->demoButton()->accessibleName(), QStringLiteral("Open the demo city"));
        for (QPushButton *button : {window.startPage()->openButton(), window.startPage()->newButton(),
                                    window.startPage()->demoButton()})
            QVERIFY2(button->accessibleDescription().contains(QLatin1String("File > ")),
                     qPrintable(button->accessibleDescription()));
    }

    void badDatabase_pageSaysWhichFileAndWhy_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes"); // written first unless the file is to be missing
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << QStringLiteral("nope.db") << QByteArray() << QStringLiteral("does not exist");
        QTest::newRow("random bytes") << QStringLiteral("random.db")
                                      << (QByteArray("\x8f\x01\xfe\x42", 4) + " not a database at all")
                                      << QStringLiteral("it is not an SQLite file");
        QTest::newRow("empty") << QStringLiteral("empty.db") << QByteArray("") << QStringLiteral("is empty");
    }

    void badDatabase_pageSaysWhichFileAndWhy()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(fileName);
        if (QLatin1String(QTest::currentDataTag()) != QLatin1String("missing"))
            write(path, bytes);
        MainWindow window;
        startOn(window, path);
        const StartPage *page = window.startPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->heading(), QStringLiteral("%1 could not be opened").arg(fileName));
        QVERIFY2(page->text().contains(path), qPrintable(page->text()));
        QVERIFY2(page->text().contains(reason), qPrintable(page->text()));
        QVERIFY2(page->text().contains(QLatin1String("File > Open database")), qPrintable(page->text()));
        QVERIFY2(!page->text().contains(QLatin1String("civicstat ")), qPrintable(page->text()));
        QCOMPARE(window.windowTitle(), QStringLiteral("CivicStat"));
        QTRY_COMPARE(QApplication::focusWidget(), page->openButton());
    }

    void truncatedDatabase_pageSaysItIsDamaged()
    {
        QFile demo(m_demo);
        QVERIFY(demo.open(QIODevice::ReadOnly));
        const QString path = m_dir.filePath(QStringLiteral("truncated.db"));
        write(path, demo.read(demo.size() / 3));
        MainWindow window;
        startOn(window, path);
        QVERIFY2(window.startPage()->isVisible(), "a third of a database was shown as if whole");
        QVERIFY2(window.startPage()->text().contains(QLatin1String("damaged")), qPrintable(window.startPage()->text()));
        QVERIFY(window.startPage()->text().contains(path));
        QVERIFY(!window.startPage()->text().contains(QLatin1String("civicstat ")));
    }

    void enterOnTheDemoButton_opensTheDemoCity()
    {
        const QString demoPath = m_dir.filePath(QStringLiteral("written-by-the-window/riverton.db"));
        MainWindow window;
        window.setDemoDatabasePath(demoPath);
        startOn(window, m_dir.filePath(QStringLiteral("nope.db")));
        QPushButton *demo = window.startPage()->demoButton();
        QTest::keyClick(window.startPage()->openButton(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), demo);
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        QTest::keyClick(demo, Qt::Key_Return);
        QVERIFY(shown.wait(30000));
        QVERIFY(QFile::exists(demoPath));
        QVERIFY(!window.startPage()->isVisible());
        QCOMPARE(window.pages()->currentWidget(), window.overview());
        QVERIFY(window.pages()->isVisible());
        QCOMPARE(int(window.overview()->tiles().size()), 6);
        QVERIFY(window.windowTitle().startsWith(QLatin1String("riverton.db")));
    }
};

QTEST_MAIN(StartPageTest)
#include "tst_startpage.moc"
