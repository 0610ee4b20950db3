#include "importcommand.h"

#include "commandline.h"
#include "passphrasesource.h"
#include "importfile.h"
#include "importreport.h"
#include "storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace civicstat::cli {

namespace {

struct ImportCommandText { Q_DECLARE_TR_FUNCTIONS(ImportCommand) };

bool writeReport(const QString &path, const QByteArray &json, QTextStream &err)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(json) == json.size() && file.commit())
        return true;
    err << ImportCommandText::tr("Cannot write the report \"%1\": %2.").arg(path, file.errorString()) << '\n';
    return false;
}

} // namespace

int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImportCommandText::tr(
        "Imports FILE into DATABASE (created when it does not exist). Without --mapping, FILE is a canonical "
        "structure or observations CSV file; with one, any CSV or XLSX laid out as the mapping says "
        "(docs/import-formats.md). All or nothing: one problem and nothing is written."));
    parser.addPositionalArgument(QStringLiteral("DATABASE"), ImportCommandText::tr("The KPI database."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ImportCommandText::tr("The CSV or XLSX file."));
    const QCommandLineOption mappingOption(QStringLiteral("mapping"),
        ImportCommandText::tr("The mapping (JSON) that describes FILE."), QStringLiteral("MAP.json"));
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
        ImportCommandText::tr("The XLSX sheet to read (default: the mapping's)."), QStringLiteral("NAME"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), ImportCommandText::tr("Check everything and report, but write nothing."));
    const QCommandLineOption duplicates(QStringLiteral("on-duplicate"),
        ImportCommandText::tr("A figure the database (or an earlier row) already holds: replace it "
                              "(default), skip the new one, or fail."),
        QStringLiteral("replace|skip|fail"), QStringLiteral("replace"));
    const QCommandLineOption report(QStringLiteral("report"),
        ImportCommandText::tr("Also write the report as JSON to FILE.json."), QStringLiteral("FILE.json"));
    parser.addOptions({mappingOption, sheetOption, dryRun, duplicates, report});
    int code = Success;
    if (!parseCommand(parser, arguments, 2, out, err, code))
        return code;
    const QString databasePath = parser.positionalArguments().at(0);
    const QString filePath = parser.positionalArguments().at(1);
    const QString policyName = parser.value(duplicates).toLower();
    DuplicatePolicy policy = DuplicatePolicy::Replace;
    if (policyName == QLatin1String("skip"))
        policy = DuplicatePolicy::Skip;
    else if (policyName == QLatin1String("fail"))
        policy = DuplicatePolicy::Fail;
    else if (policyName != QLatin1String("replace")) {
        err << ImportCommandText::tr("\"%1\" is not a duplicate policy. Use replace, skip or fail.")
                   .arg(parser.value(duplicates))
            << '\n';
        return Usage;
    }

    std::unique_ptr<KpiStore> store;
    Structure structure;
    CitySettings settings;
    if (QFileInfo::exists(databasePath) || isServerLocation(databasePath)) {
        store = openDatabase(databasePath);
        structure = store->structure();
        settings = store->citySettings();
    }

    std::optional<ImportMapping> mapping;
    ImportOutcome outcome;
    outcome.fileName = QFileInfo(filePath).fileName();
    outcome.dryRun = parser.isSet(dryRun);
    if (parser.isSet(mappingOption)) {
        const QString mappingPath = parser.value(mappingOption);
        QString problem;
        const auto json = readMappingFile(mappingPath, &problem);
        if (!json) {
            err << problem << '\n';
            return InvalidData;
        }
        mapping = ImportMapping::fromJson(*json, mappingPath, &problem);
        if (!mapping) {
            err << ImportCommandText::tr("The mapping \"%1\" cannot be used: %2").arg(mappingPath, problem) << '\n';
            return InvalidData;
        }
        if (parser.isSet(sheetOption))
            mapping->sheet = parser.value(sheetOption);
        outcome.mappingName = mapping->name.isEmpty() ? QFileInfo(mappingPath).fileName() : mapping->name;
    }
    MappedImportPlan mapped = planImportFile(filePath, mapping, structure, settings, policy);
    ImportPlan *plan = &mapped;
    const MappedImportCounts *counts = mapping ? &mapped.counts : nullptr;

    for (const ImportProblem &refused : plan->refused)
        err << ImportCommandText::tr("refused: %1").arg(refused.describe(outcome.fileName)) << '\n';
    if (!plan->ok()) {
        for (const ImportProblem &problem : plan->problems)
            err << problem.describe(outcome.fileName) << '\n';
        err << (plan->problems.size() == 1
                ? ImportCommandText::tr("1 problem found; nothing was written to %1.").arg(databasePath)
                : ImportCommandText::tr("%1 problems found; nothing was written to %2.")
                      .arg(plan->problems.size())
                      .arg(databasePath))
            << '\n';
        if (parser.isSet(report))
            writeReport(parser.value(report), importReportJson(*plan, counts, outcome), err);
        return InvalidData;
    }
    if (!outcome.dryRun) {
        if (!store)
            store = openDatabase(databasePath, StoreOpenMode::CreateIfMissing);
        outcome.summary = store->applyImport(plan->batch);
        outcome.written = true;
    }
    out << importSummaryLine(*plan, counts, outcome) << '\n';
    // The same warnings as the builder's check page: the import is good, but it will not score as expected.
    if (counts) {
        for (const QString &warning : plannedWarnings(*counts))
            err << ImportCommandText::tr("warning: %1").arg(warning) << '\n';
    }
    if (parser.isSet(report) && !writeReport(parser.value(report), importReportJson(*plan, counts, outcome), err))
        return InvalidData;
    return Success;
}

} // namespace civicstat::cli
