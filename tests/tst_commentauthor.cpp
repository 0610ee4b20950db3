// Who signs a comment written in the window: the name the user gave, else
// the account's full name, else ask; and the full name read from a GECOS field.
#include "commentauthor.h"

#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace civicstat;

class CommentAuthorTest final : public QObject
{
    Q_OBJECT

private slots:
    void authorWithoutAsking_order_data()
    {
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("expected"); // "?" : ask
        QTest::newRow("the name given wins") << "Ana Ruiz" << "Ana M. Ruiz Soto" << "Ana Ruiz";
        QTest::newRow("else the account's") << "" << "Ana M. Ruiz Soto" << "Ana M. Ruiz Soto";
        QTest::newRow("blanks are no name") << "  " << " Bo  Li " << "Bo Li";
        QTest::newRow("neither: ask") << "" << "" << "?";
    }

    void authorWithoutAsking_order()
    {
        QFETCH(QString, remembered);
        QFETCH(QString, account);
        QFETCH(QString, expected);
        const auto name = authorWithoutAsking({remembered, account});
        QCOMPARE(name.value_or(QStringLiteral("?")), expected);
    }

    void fullNameFromGecos_firstFieldAndAmpersand_data()
    {
        QTest::addColumn<QString>("gecos");
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full GECOS") << "Maria Lopez,Room 4,555-1234,," << "mlopez" << "Maria Lopez";
        QTest::newRow("name only") << "Maria Lopez" << "mlopez" << "Maria Lopez";
        QTest::newRow("empty first field") << ",,," << "mlopez" << "";
        QTest::newRow("none") << "" << "mlopez" << "";
        QTest::newRow("& is the login capitalised") << "& Smith,,," << "john" << "John Smith";
    }

    void fullNameFromGecos_firstFieldAndAmpersand()
    {
        QFETCH(QString, gecos);
        QFETCH(QString, login);
        QFETCH(QString, expected);
        QCOMPARE(fullNameFromGecos(gecos, login), expected);
    }

    // This process's account, whatever the machine's: what the password database says.
    void accountFullName_isThePasswordDatabases()
    {
        const passwd *account = getpwuid(getuid());
        if (!account)
            QSKIP("this process's account is not in the password database");
        QCOMPARE(accountLoginName(), QString::fromLocal8Bit(account->pw_name));
        QCOMPARE(accountFullName(), fullNameFromGecos(QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : ""),
                                                      QString::fromLocal8Bit(account->pw_name)));
    }
};

QTEST_GUILESS_MAIN(CommentAuthorTest)
#include "tst_commentauthor.moc"
