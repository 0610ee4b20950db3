// Who signs a comment written in the window: the name the user gave (asked
// once, remembered in the settings), or else the full name of the system
// account, or else the user is asked. QtCore has no call for the account's
// full name, so it is read here from the password database on Unix.
#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace civicstat {

struct AuthorSources {
    QString remembered;      // the name the user gave before; empty: none
    QString accountFullName; // the system account's full name; empty: none
};

// The name to sign with without asking, in that order; nullopt: ask the user.
std::optional<QString> authorWithoutAsking(const AuthorSources &sources);

// The full name in a GECOS field: its first comma-separated part, "&"
// standing for the login name capitalised ("&,,," for "ana" is "Ana").
QString fullNameFromGecos(const QString &gecos, const QString &login);

// This process's account: its login name and full name (empty where unknown).
QString accountLoginName();
QString accountFullName();

// Asks for the name to sign comments with, offering `suggestion`; remembers
// and returns it, or returns nullopt when the user cancels or gives none.
std::optional<QString> askCommentAuthor(QWidget *parent, const QString &suggestion);

// The name a new comment is signed with: without asking when it can be
// found, else asked once; if the user will not say, the login name.
QString commentAuthor(QWidget *parent);

} // namespace civicstat
