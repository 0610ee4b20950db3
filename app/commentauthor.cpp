#include "commentauthor.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QInputDialog>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace civicstat {

namespace {
struct CommentAuthorText { Q_DECLARE_TR_FUNCTIONS(CommentAuthor) };
} // namespace

std::optional<QString> authorWithoutAsking(const AuthorSources &sources)
{
    for (const QString &name : {sources.remembered, sources.accountFullName}) {
        if (!name.simplified().isEmpty())
            return name.simplified();
    }
    return std::nullopt;
}

QString fullNameFromGecos(const QString &gecos, const QString &login)
{
    QString name = gecos.section(QLatin1Char(','), 0, 0);
    if (name.contains(QLatin1Char('&')) && !login.isEmpty())
        name.replace(QLatin1Char('&'), login.left(1).toUpper() + login.mid(1));
    return name.simplified();
}

QString accountLoginName()
{
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(getuid()))
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

QString accountFullName()
{
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(getuid()); account && account->pw_gecos)
        return fullNameFromGecos(QString::fromLocal8Bit(account->pw_gecos), QString::fromLocal8Bit(account->pw_name));
#endif
    return QString();
}

std::optional<QString> askCommentAuthor(QWidget *parent, const QString &suggestion)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, CommentAuthorText::tr("Your name"),
        CommentAuthorText::tr("Comments are signed, so that readers know who wrote them.\n"
                              "Your name, as it should appear under your comments:"),
        QLineEdit::Normal, suggestion, &ok)
                             .simplified();
    if (!ok || name.isEmpty())
        return std::nullopt;
    appsettings::setCommentAuthor(name);
    return name;
}

QString commentAuthor(QWidget *parent)
{
    const AuthorSources sources{appsettings::commentAuthor(), accountFullName()};
    if (const auto name = authorWithoutAsking(sources))
        return *name;
    const QString login = accountLoginName();
    if (const auto asked = askCommentAuthor(parent, login))
        return *asked;
    return login.isEmpty() ? CommentAuthorText::tr("unknown") : login;
}

} // namespace civicstat
