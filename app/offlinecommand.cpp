#include "offlinecommand.h"

#include "commandline.h"
#include "commentauthor.h"
#include "commentsync.h"
#include "passphrasesource.h"
#include "snapshot.h"
#include "storeerror.h"
#include "storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace civicstat::cli {

namespace {
struct OfflineCommandText { Q_DECLARE_TR_FUNCTIONS(OfflineCommand) };

QString holderName()
{
    const QString fullName = accountFullName();
    return fullName.isEmpty() ? accountLoginName() : fullName;
}

// Opening fails for want of the database; writing fails for want of permission or space.
int exitCodeOfWrite(const StoreError &error)
{
    switch (error.kind()) {
    case StoreError::Kind::InvalidData: return InvalidData;
    case StoreError::Kind::Io:
    case StoreError::Kind::ReadOnly:
    case StoreError::Kind::Busy: return CannotWrite;
    default: return CannotOpen;
    }
}
} // namespace

int runSnapshot(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OfflineCommandText::tr(
        "Writes an offline copy of SOURCE to OUT.db: the scope's goals, objectives, measures, targets, figures, "
        "commentary, initiatives and map, as one audience may see them. A measure the audience may not see leaves no "
        "trace in the copy. The copy says where it came from, for whom and how old its data are; comments written in "
        "it are sent back with \"civicstat sync OUT.db\". Exit codes: 0 written, 1 invalid data (an unknown "
        "classified measure code), 2 usage (also an unknown scope code), 3 SOURCE cannot be opened, 4 OUT.db cannot "
        "be written (nothing is left behind). A copy for internal use is sealed (encrypted) with a passphrase, asked "
        "twice on the terminal or read from --passphrase-file FILE; a public one is left plain."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), OfflineCommandText::tr("The KPI database to copy."));
    parser.addPositionalArgument(QStringLiteral("OUT.db"), OfflineCommandText::tr("The offline copy to write."));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   OfflineCommandText::tr("citywide (default), goal:CODE, objective:CODE or dept:CODE."),
                                   QStringLiteral("SCOPE"), QStringLiteral("citywide"));
    const QCommandLineOption audience(QStringLiteral("audience"), OfflineCommandText::tr("public or internal (default)."),
                                      QStringLiteral("AUDIENCE"), QStringLiteral("internal"));
    const QCommandLineOption classified(QStringLiteral("include-classified"),
                                        OfflineCommandText::tr("Confidential or restricted measures to include, by code, "
                                                               "comma-separated (internal audience only)."),
                                        QStringLiteral("CODE,..."));
    parser.addOptions({scope, audience, classified});
    int code = Success;
    if (!parseCommand(parser, arguments, 2, out, err, code))
        return code;

    const auto parsedScope = Scope::parse(parser.value(scope));
    const auto parsedAudience = audienceFromText(parser.value(audience));
    if (!parsedScope) {
        err << OfflineCommandText::tr("\"%1\" is not a scope. Use citywide, goal:CODE, objective:CODE or dept:CODE.")
                   .arg(parser.value(scope))
            << '\n';
        return Usage;
    }
    if (!parsedAudience) {
        err << OfflineCommandText::tr("\"%1\" is not an audience. Use public or internal.").arg(parser.value(audience))
            << '\n';
        return Usage;
    }
    SnapshotRequest request;
    request.output = parser.positionalArguments().at(1);
    request.scope = *parsedScope;
    request.edition.audience = *parsedAudience;
    for (const QString &measure : parser.value(classified).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.edition.classifiedCodes.insert(measure.trimmed());
    request.holder = holderName();

    const auto source = openDatabase(parser.positionalArguments().at(0));
    if (const auto unknown = unusableScopeOrPeriod(*source, request.scope, QString())) {
        err << *unknown << '\n';
        return Usage;
    }
    SnapshotSummary summary;
    try {
        snapshotStructure(source->structure(), request.scope, request.edition); // refuses bad codes before asking
        if (mustBeSealed(request.edition))
            request.passphrase = passphraseFor(request.output, true);
        summary = takeSnapshot(*source, request);
    } catch (const StoreError &error) {
        err << error.message() << '\n';
        return error.kind() == StoreError::Kind::InvalidData ? InvalidData : CannotWrite;
    }
    out << OfflineCommandText::tr("Wrote %1: %2 measures, %3 figures, %4 comments (%5, %6), data as of %7.")
               .arg(QDir::toNativeSeparators(request.output), QString::number(summary.measures),
                    QString::number(summary.figures), QString::number(summary.comments), request.edition.title(),
                    summary.stamp.scope,
                    summary.stamp.dataAsOf ? summary.stamp.dataAsOf->toString(Qt::ISODate)
                                           : OfflineCommandText::tr("no date"))
        << '\n';
    if (summary.hiddenInScope > 0)
        out << hiddenMeasuresNote(summary.hiddenInScope) << ".\n";
    return Success;
}

int runSync(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(OfflineCommandText::tr(
        "Sends the comments written, edited or removed in the offline copy OUT.db back to the database it was taken "
        "from, in one transaction. New comments are added; an edit replaces the source's comment only if nobody "
        "changed it there since the copy was taken, otherwise both texts are kept and the conflict is reported. "
        "Sent comments are marked sent in the copy; a sync that fails sends nothing and can be run again. Exit "
        "codes: 0 sent (or nothing to send), 1 OUT.db is not an offline copy, 3 the copy or its source cannot be "
        "opened, 4 the source or the copy cannot be written."));
    parser.addPositionalArgument(QStringLiteral("OUT.db"), OfflineCommandText::tr("The offline copy."));
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;
    const auto copy = openDatabase(parser.positionalArguments().at(0));
    SyncReport report;
    try {
        report = sendOfflineComments(*copy, [](const QString &location) { return openDatabase(location); });
    } catch (const StoreError &error) {
        err << error.message() << '\n';
        if (error.kind() != StoreError::Kind::InvalidData)
            err << OfflineCommandText::tr("Nothing was sent; the comments are still pending in the copy. Run sync "
                                          "again when the source can be reached.")
                << '\n';
        return exitCodeOfWrite(error);
    }
    out << report.summary() << '\n';
    for (const QString &line : report.details)
        out << line << '\n';
    return Success;
}

} // namespace civicstat::cli
