#include "importreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace civicstat {

namespace {

struct ImportReportText { Q_DECLARE_TR_FUNCTIONS(ImportReport) };

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
        planned[QStringLiteral("comments")] = counts->comments;
        planned[QStringLiteral("target_notes")] = counts->targetNotes;
        planned[QStringLiteral("target_notes_without_target")] = counts->targetNotesWithoutTarget;
        planned[QStringLiteral("measures_by_member_only")] = counts->measuresByMemberOnly;
        planned[QStringLiteral("new_measures_without_target")] = counts->newMeasuresWithoutTarget;
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

QString countPhrase(qint64 n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

QString importSummaryLine(const ImportPlan &plan, const MappedImportCounts *counts, const ImportOutcome &outcome)
{
    const qint64 figures = outcome.written ? outcome.summary.observationsWritten : qint64(plan.batch.observations.size());
    QString tally
        = QStringLiteral("%1, %2, %3, %4")
              .arg(countPhrase(plan.rowsRead, ImportReportText::tr("%1 row"), ImportReportText::tr("%1 rows")),
                  countPhrase(qint64(plan.batch.measures.size()), ImportReportText::tr("%1 measure"),
                      ImportReportText::tr("%1 measures")),
                  countPhrase(qint64(plan.batch.targets.size()), ImportReportText::tr("%1 target"),
                      ImportReportText::tr("%1 targets")),
                  countPhrase(
                      figures, ImportReportText::tr("%1 observation"), ImportReportText::tr("%1 observations")));
    if (counts && counts->newMeasures)
        tally = ImportReportText::tr("%1 (%2 new)")
                    .arg(tally, countPhrase(counts->newMeasures, ImportReportText::tr("%1 measure"),
                                            ImportReportText::tr("%1 measures")));
    QString line = outcome.dryRun
        ? ImportReportText::tr("Dry run, nothing written. %1 would import %2").arg(outcome.fileName, tally)
        : ImportReportText::tr("Imported %1: %2").arg(outcome.fileName, tally);
    if (outcome.written && outcome.summary.observationsSkipped == 1)
        line += ImportReportText::tr("; 1 figure already there was kept");
    else if (outcome.written && outcome.summary.observationsSkipped > 1)
        line += ImportReportText::tr("; %1 figures already there were kept").arg(outcome.summary.observationsSkipped);
    if (counts && (counts->comments > 0 || counts->targetNotes > 0))
        line += ImportReportText::tr("; the owners' explanations: %1 and %2")
                    .arg(countPhrase(counts->comments, ImportReportText::tr("%1 comment"),
                                     ImportReportText::tr("%1 comments")),
                        countPhrase(counts->targetNotes, ImportReportText::tr("%1 target note"),
                                    ImportReportText::tr("%1 target notes")));
    if (counts && counts->zerosNotReported > 0)
        line += ImportReportText::tr("; %1 after a row's last figure not reported yet")
                    .arg(countPhrase(counts->zerosNotReported, ImportReportText::tr("%1 zero"),
                                     ImportReportText::tr("%1 zeros")));
    if (!plan.refused.empty())
        line += ImportReportText::tr("; %1 refused (listed above, and in --report)")
                    .arg(countPhrase(qint64(plan.refused.size()), ImportReportText::tr("%1 value"),
                                     ImportReportText::tr("%1 values")));
    return line + QLatin1Char('.');
}

QString plannedSentence(const ImportPlan &plan, const MappedImportCounts *counts)
{
    const auto list = [](const QStringList &items) {
        if (items.size() <= 1)
            return items.join(QString());
        return ImportReportText::tr("%1 and %2")
            .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
    };
    const auto some = [](qint64 n, const QString &one, const QString &many) {
        return n > 0 ? QStringList{countPhrase(n, one, many)} : QStringList{};
    };
    const ImportBatch &b = plan.batch;
    const QStringList things
        = some(qint64(b.observations.size()), ImportReportText::tr("%1 figure"), ImportReportText::tr("%1 figures"))
        + some(qint64(b.targets.size()), ImportReportText::tr("%1 target"), ImportReportText::tr("%1 targets"));
    QString measures = countPhrase(qint64(b.measures.size()), ImportReportText::tr("%1 measure"),
                                   ImportReportText::tr("%1 measures"));
    if (counts && counts->newMeasures > 0)
        measures = ImportReportText::tr("%1 (%2 new)").arg(measures, QString::number(counts->newMeasures));
    QString read;
    if (!things.isEmpty())
        read = b.measures.empty() ? list(things) : ImportReportText::tr("%1 for %2").arg(list(things), measures);
    else
        read = b.measures.empty() ? ImportReportText::tr("nothing to import") : measures;
    const QStringList structure
        = some(qint64(b.objectives.size()), ImportReportText::tr("%1 objective"), ImportReportText::tr("%1 objectives"))
        + some(qint64(b.departments.size()), ImportReportText::tr("%1 department"),
               ImportReportText::tr("%1 departments"))
        + some(qint64(b.goals.size()), ImportReportText::tr("%1 goal"), ImportReportText::tr("%1 goals"));
    if (!structure.isEmpty())
        read = ImportReportText::tr("%1, in %2").arg(read, list(structure));
    QString sentence
        = ImportReportText::tr("%1 read: %2.")
              .arg(countPhrase(plan.rowsRead, ImportReportText::tr("%1 row"), ImportReportText::tr("%1 rows")), read);
    if (counts && counts->duplicatesInFile > 0 && b.onDuplicate != DuplicatePolicy::Fail) {
        const bool lastWins = b.onDuplicate == DuplicatePolicy::Replace;
        const qint64 n = counts->duplicatesInFile;
        const QString repeats = n == 1
            ? (lastWins
                    ? ImportReportText::tr("1 cell of the file repeats a figure of an earlier row; the last one wins.")
                    : ImportReportText::tr("1 cell of the file repeats a figure of an earlier row; the first one "
                                           "wins."))
            : (lastWins ? ImportReportText::tr("%1 cells of the file repeat a figure of an earlier row; the last one "
                                               "wins.")
                        : ImportReportText::tr("%1 cells of the file repeat a figure of an earlier row; the first one "
                                               "wins."))
                  .arg(n);
        sentence += QLatin1Char(' ') + repeats;
    }
    if (counts && (counts->comments > 0 || counts->targetNotes > 0))
        sentence += QLatin1Char(' ')
            + ImportReportText::tr("The owners' explanations come with them: %1 and %2, signed with the file's name.")
                  .arg(countPhrase(counts->comments, ImportReportText::tr("%1 comment"),
                                   ImportReportText::tr("%1 comments")),
                      countPhrase(counts->targetNotes, ImportReportText::tr("%1 target note"),
                                  ImportReportText::tr("%1 target notes")));
    if (counts && counts->targetNotesWithoutTarget > 0)
        sentence += QLatin1Char(' ')
            + ImportReportText::tr("%1 without a target of the same row to explain (none given, refused, or a "
                                   "later row's) are left out.")
                  .arg(countPhrase(counts->targetNotesWithoutTarget, ImportReportText::tr("%1 target note"),
                                   ImportReportText::tr("%1 target notes")));
    if (counts && counts->zerosNotReported > 0)
        sentence += QLatin1Char(' ')
            + (counts->zerosNotReported == 1
                   ? ImportReportText::tr("1 zero after its row's last figure is taken as not reported yet "
                                          "(\"trailing_zeros\": \"missing\").")
                   : ImportReportText::tr("%1 zeros after their rows' last figures are taken as not reported yet "
                                          "(\"trailing_zeros\": \"missing\").")
                         .arg(counts->zerosNotReported));
    return sentence;
}

QStringList plannedWarnings(const MappedImportCounts &counts)
{
    QStringList warnings;
    if (const int n = counts.measuresByMemberOnly; n > 0)
        warnings << (n == 1 ? ImportReportText::tr("1 measure has figures by member only, none for the measure as a "
                                                   "whole: the scorecard will show No data for it. Add a column or "
                                                   "rows with its total, or import the total from another file.")
                            : ImportReportText::tr("%1 measures have figures by member only, none for the measure as "
                                                   "a whole: the scorecard will show No data for these %1 measures. "
                                                   "Add a column or rows with their totals, or import the totals "
                                                   "from another file.")
                                  .arg(n));
    if (const int n = counts.newMeasuresWithoutTarget; n > 0)
        warnings << (n == 1 ? ImportReportText::tr("1 measure has no target: it will show Not scored until targets "
                                                   "are imported.")
                            : ImportReportText::tr("%1 measures have no target: they will show Not scored until "
                                                   "targets are imported.")
                                  .arg(n));
    return warnings;
}

} // namespace civicstat
