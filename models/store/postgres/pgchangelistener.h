// A connection of its own that LISTENs for the change log's notifications
// (schema version 7, pgnotifyschema.cpp), so that a window hears of another
// user's commit at once. It is separate from the store's connection because
// a notification arrives only between that connection's statements, and the
// store's may be busy for minutes with an import while this one waits.
#pragma once

#include <QString>

struct pg_conn;

namespace civicstat {

class PgChangeListener final
{
public:
    // `conninfo`: the store connection's resolved parameters (pg::Connection::resolvedConninfo()).
    explicit PgChangeListener(QString conninfo);
    ~PgChangeListener();
    PgChangeListener(const PgChangeListener &) = delete;
    PgChangeListener &operator=(const PgChangeListener &) = delete;

    // Connects and LISTENs unless already listening; false when the server
    // cannot be reached now (the caller polls, and asks again later).
    bool listen();
    // The socket to watch for readability; -1 while not listening.
    int socket() const;
    // Reads what arrived and returns how many notifications (commits) it held.
    // A connection the server closed is dropped here: socket() is then -1.
    int take();

private:
    void close();

    QString m_conninfo;
    pg_conn *m_conn = nullptr;
};

} // namespace civicstat
