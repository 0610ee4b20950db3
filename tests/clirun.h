// Runs the real civicstat binary for the command-line tests (tst_cli_*.cpp).
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

namespace clitest {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs civicstat with no terminal on its input, so that nothing may wait for typing.
inline Result civicstat(const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CIVICSTAT_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("civicstat did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline void write(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(contents);
}

// One "name: value" line of `civicstat check`.
inline QString checkField(const QString &report, const char *name)
{
    const QRegularExpression pattern(QStringLiteral("^%1:\\s+(.+)$").arg(QLatin1String(name)),
                                     QRegularExpression::MultilineOption);
    return pattern.match(report).captured(1);
}

} // namespace clitest
