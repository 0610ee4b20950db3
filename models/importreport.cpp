#include "importreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace civicstat {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ImportReport", text); }

QJsonArray problemsJson(const std::vector<ImportProblem> &problems)
{
    QJsonArray list;
    for (const ImportProblem &p : problems) {
        QJsonObject o;
        if (!p.sheet.isEmpty())
            o[QStringLiteral("sheet")] = p.sheet;
        o[QStringLiteral("row")] = p.line;
        o[QStringLiteral("column")] = p.column;
        o[QStringLiteral("value")] = p.value;
        o[QStringLiteral("reason")] = p.reason;
        list.append(o);
    }
    return list;
}

} // namespace

QByteArray importReportJson(const ImportPlan &plan, const MappedImportCounts *counts, const ImportOutcome &outcome)
{
    QJsonObject root;
    root[QStringLiteral("file")] = outcome.fileName;
    root[QStringLiteral("sha256")] = plan.batch.log.fileSha256;
    if (!outcome.mappingName.isEmpty())
        root[QStringLiteral("mapping")] = outcome.mappingName;
    root[QStringLiteral("dry_run")] = outcome.dryRun;
    root[QStringLiteral("written")] = outcome.written;
    root[QStringLiteral("rows_read")] = plan.rowsRead;
    QJsonObject planned;
    planned[QStringLiteral("goals")] = int(plan.batch.goals.size());
    planned[QStringLiteral("departments")] = int(plan.batch.departments.size());
    planned[QStringLiteral("objectives")] = int(plan.batch.objectives.size());
    planned[QStringLiteral("measures")] = int(plan.batch.measures.size());
    planned[QStringLiteral("targets")] = int(plan.batch.targets.size());
    planned[QStringLiteral("observations")] = int(plan.batch.observations.size());
    if (counts) {
        planned[QStringLiteral("new_measures")] = counts->newMeasures;
        planned[QStringLiteral("values_refused")] = counts->valuesRefused;
        planned[QStringLiteral("duplicates_in_file")] = counts->duplicatesInFile;
    }
    root[QStringLiteral("planned")] = planned;
    if (outcome.written) {
        QJsonObject written;
        written[QStringLiteral("import_id")] = outcome.summary.importId;
        written[QStringLiteral("observations_written")] = outcome.summary.observationsWritten;
        written[QStringLiteral("observations_kept_as_they_were")] = outcome.summary.observationsSkipped;
        root[QStringLiteral("written_rows")] = written;
    }
    root[QStringLiteral("problems")] = problemsJson(plan.problems);
    root[QStringLiteral("refused_values")] = problemsJson(plan.refused);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString importSummaryLine(const ImportPlan &plan, const MappedImportCounts *counts, const ImportOutcome &outcome)
{
    QString line = outcome.dryRun ? tr("Dry run, nothing written. %1 would import").arg(outcome.fileName)
                                  : tr("Imported %1:").arg(outcome.fileName);
    line += tr(" %1 rows, %2 measures, %3 targets, %4 observations")
                .arg(plan.rowsRead)
                .arg(plan.batch.measures.size())
                .arg(plan.batch.targets.size())
                .arg(outcome.written ? outcome.summary.observationsWritten : qint64(plan.batch.observations.size()));
    if (counts && counts->newMeasures)
        line += tr(" (%1 measures new)").arg(counts->newMeasures);
    if (outcome.written && outcome.summary.observationsSkipped)
        line += tr("; %1 figures already there were kept").arg(outcome.summary.observationsSkipped);
    if (!plan.refused.empty())
        line += tr("; %1 values refused (listed above, and in --report)").arg(plan.refused.size());
    return line + QLatin1Char('.');
}

} // namespace civicstat
