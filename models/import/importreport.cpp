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
        planned[QStringLiteral("zeros_not_reported")] = counts->zerosNotReported;
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

QString counted(qint64 n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString importSummaryLine(const ImportPlan &plan, const MappedImportCounts *counts, const ImportOutcome &outcome)
{
    QString line = outcome.dryRun ? tr("Dry run, nothing written. %1 would import").arg(outcome.fileName)
                                  : tr("Imported %1:").arg(outcome.fileName);
    const qint64 figures = outcome.written ? outcome.summary.observationsWritten : qint64(plan.batch.observations.size());
    line += QStringLiteral(" %1, %2, %3, %4")
                .arg(counted(plan.rowsRead, tr("row"), tr("rows")),
                     counted(qint64(plan.batch.measures.size()), tr("measure"), tr("measures")),
                     counted(qint64(plan.batch.targets.size()), tr("target"), tr("targets")),
                     counted(figures, tr("observation"), tr("observations")));
    if (counts && counts->newMeasures)
        line += tr(" (%1 new)").arg(counted(counts->newMeasures, tr("measure"), tr("measures")));
    if (outcome.written && outcome.summary.observationsSkipped == 1)
        line += tr("; 1 figure already there was kept");
    else if (outcome.written && outcome.summary.observationsSkipped > 1)
        line += tr("; %1 figures already there were kept").arg(outcome.summary.observationsSkipped);
    if (counts && counts->zerosNotReported > 0)
        line += tr("; %1 after a row's last figure not reported yet")
                    .arg(counted(counts->zerosNotReported, tr("zero"), tr("zeros")));
    if (!plan.refused.empty())
        line += tr("; %1 refused (listed above, and in --report)")
                    .arg(counted(qint64(plan.refused.size()), tr("value"), tr("values")));
    return line + QLatin1Char('.');
}

QString plannedSentence(const ImportPlan &plan, const MappedImportCounts *counts)
{
    const auto list = [](const QStringList &items) {
        if (items.size() <= 1)
            return items.join(QString());
        return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
    };
    const auto some = [](qint64 n, const char *one, const char *many) {
        return n > 0 ? QStringList{counted(n, tr(one), tr(many))} : QStringList{};
    };
    const ImportBatch &b = plan.batch;
    const QStringList things = some(qint64(b.observations.size()), "figure", "figures")
        + some(qint64(b.targets.size()), "target", "targets");
    QString measures = counted(qint64(b.measures.size()), tr("measure"), tr("measures"));
    if (counts && counts->newMeasures > 0)
        measures += tr(" (%1 new)").arg(counts->newMeasures);
    QString sentence = counted(plan.rowsRead, tr("row"), tr("rows")) + tr(" read: ");
    if (!things.isEmpty())
        sentence += b.measures.empty() ? list(things) : tr("%1 for %2").arg(list(things), measures);
    else
        sentence += b.measures.empty() ? tr("nothing to import") : measures;
    const QStringList structure = some(qint64(b.objectives.size()), "objective", "objectives")
        + some(qint64(b.departments.size()), "department", "departments") + some(qint64(b.goals.size()), "goal", "goals");
    if (!structure.isEmpty())
        sentence += tr(", in %1").arg(list(structure));
    sentence += QLatin1Char('.');
    if (counts && counts->duplicatesInFile > 0 && b.onDuplicate != DuplicatePolicy::Fail)
        sentence += QLatin1Char(' ')
            + (counts->duplicatesInFile == 1 ? tr("1 cell of the file repeats a figure of an earlier row")
                                              : tr("%1 cells of the file repeat a figure of an earlier row")
                                                    .arg(counts->duplicatesInFile))
            + (b.onDuplicate == DuplicatePolicy::Replace ? tr("; the last one wins.") : tr("; the first one wins."));
    if (counts && counts->zerosNotReported > 0)
        sentence += QLatin1Char(' ')
            + (counts->zerosNotReported == 1
                   ? tr("1 zero after its row's last figure is taken as not reported yet (\"trailing_zeros\": \"missing\").")
                   : tr("%1 zeros after their rows' last figures are taken as not reported yet "
                        "(\"trailing_zeros\": \"missing\").")
                         .arg(counts->zerosNotReported));
    return sentence;
}

} // namespace civicstat
