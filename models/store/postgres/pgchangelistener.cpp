#include "pgchangelistener.h"

#include "pgschema.h"

#include <libpq-fe.h>

namespace civicstat {

PgChangeListener::PgChangeListener(QString conninfo) : m_conninfo(std::move(conninfo))
{
    // Reopened from the window's own thread on a poll tick: a server that does
    // not answer must not hold the window for longer than this.
    if (!m_conninfo.contains(QLatin1String("connect_timeout=")))
        m_conninfo += QLatin1String(" connect_timeout='2'");
}

PgChangeListener::~PgChangeListener() { close(); }

void PgChangeListener::close()
{
    PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgChangeListener::listen()
{
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        return true;
    close();
    m_conn = PQconnectdb(m_conninfo.toUtf8().constData());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        close();
        return false;
    }
    // A restart's "terminating connection" arrives here unasked; take() sees the
    // closed connection and the poll takes over, so it need not reach stderr.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
    const QByteArray sql = QByteArray("LISTEN ") + pgschema::changeChannel;
    PGresult *result = PQexec(m_conn, sql.constData());
    const bool listening = PQresultStatus(result) == PGRES_COMMAND_OK;
    PQclear(result);
    if (!listening)
        close();
    return listening;
}

int PgChangeListener::socket() const { return m_conn ? PQsocket(m_conn) : -1; }

int PgChangeListener::take()
{
    if (!m_conn)
        return 0;
    if (PQconsumeInput(m_conn) == 0 || PQstatus(m_conn) != CONNECTION_OK) {
        close(); // the server went away (a restart): the poll takes over until listen() succeeds again
        return 0;
    }
    int received = 0;
    while (PGnotify *notification = PQnotifies(m_conn)) {
        ++received;
        PQfreemem(notification);
    }
    return received;
}

} // namespace civicstat
