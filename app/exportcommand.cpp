#include "exportcommand.h"

#include "commandline.h"
#include "passphrasesource.h"
#include "editionscorecard.h"
#include "storefactory.h"
#include "storeerror.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace civicstat::cli {

namespace {
struct ExportCommandText { Q_DECLARE_TR_FUNCTIONS(ExportCommand) };
} // namespace

int runExport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportCommandText::tr(
        "Writes the scorecard of a scope and period to a CSV file (the columns of \"civicstat scorecard --format "
        "csv\") or an Excel workbook (.xlsx), for one audience. A public export holds only public measures, and "
        "its goals and objectives are scored from them alone; an internal one (the default) holds public and "
        "internal measures. Confidential and restricted measures are never exported."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), ExportCommandText::tr("The KPI database."));
    const QCommandLineOption outFile(QStringLiteral("out"),
                                     ExportCommandText::tr("The file to write: FILE.csv or FILE.xlsx (replaced if "
                                                           "it exists)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption period(QStringLiteral("period"),
        ExportCommandText::tr("Month (2024-03), quarter (2024-Q1, FY2024-Q3), year (2024, FY2024), week "
                              "(2024-W10), day or \"latest\" (the default)."),
        QStringLiteral("P"), QStringLiteral("latest"));
    const QCommandLineOption scope(QStringLiteral("scope"),
                                   ExportCommandText::tr("citywide (default), goal:CODE, objective:CODE or dept:CODE."),
                                   QStringLiteral("SCOPE"), QStringLiteral("citywide"));
    const QCommandLineOption audience(QStringLiteral("audience"),
                                      ExportCommandText::tr("internal (default) or public."), QStringLiteral("AUDIENCE"),
                                      QStringLiteral("internal"));
    parser.addOptions({outFile, period, scope, audience});
    int code = Success;
    if (!parseCommand(parser, arguments, 1, out, err, code))
        return code;
    const QString path = parser.value(outFile);
    if (path.isEmpty()) {
        err << ExportCommandText::tr("Say where to write the scorecard: --out FILE.csv or --out FILE.xlsx.") << '\n';
        return Usage;
    }
    if (!scorecardFileFormat(path)) {
        err << ExportCommandText::tr("\"%1\" is neither a .csv nor an .xlsx file. Name the file to write with one "
                                     "of those endings.")
                   .arg(path)
            << '\n';
        return Usage;
    }
    const auto parsedScope = Scope::parse(parser.value(scope));
    if (!parsedScope) {
        err << ExportCommandText::tr("\"%1\" is not a scope. Use citywide, goal:CODE, objective:CODE or dept:CODE.")
                   .arg(parser.value(scope))
            << '\n';
        return Usage;
    }
    const auto parsedAudience = audienceFromText(parser.value(audience));
    if (!parsedAudience) {
        err << ExportCommandText::tr("\"%1\" is not an audience. Use internal or public.").arg(parser.value(audience))
            << '\n';
        return Usage;
    }
    Edition edition;
    edition.audience = *parsedAudience;

    const auto store = openDatabase(parser.positionalArguments().at(0));
    if (const auto unknown = unusableScopeOrPeriod(*store, *parsedScope, parser.value(period))) {
        err << *unknown << '\n'; // what the user typed, as for scorecard and briefing
        return Usage;
    }
    const Period resolved = resolvePeriod(*store, parser.value(period), store->citySettings().fiscalYearStartMonth);
    const EditionScorecard scorecard = loadEditionScorecard(*store, resolved, *parsedScope, edition);
    try {
        saveScorecard(scorecard, path);
    } catch (const StoreError &error) {
        err << error.message() << '\n';
        return CannotWrite; // and nothing was written
    }
    const int measures = int(std::count_if(scorecard.card.rows.begin(), scorecard.card.rows.end(),
                                           [](const ScorecardRow &row) { return row.level == Level::Measure; }));
    out << ExportCommandText::tr("Wrote %1: %2, %3, %4 measures (%5).")
               .arg(QDir::toNativeSeparators(path), parser.value(scope), scorecard.card.period.text(),
                    QString::number(measures), scorecard.edition.title());
    if (const QString hidden = scorecard.hiddenInScopeNote(); !hidden.isEmpty())
        out << ' ' << hidden << '.';
    out << '\n';
    return Success;
}

} // namespace civicstat::cli
