#include "editionscorecard.h"

#include "scorecardexport.h"
#include "scorecardxlsx.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace civicstat {

namespace {
struct EditionScorecardText { Q_DECLARE_TR_FUNCTIONS(EditionScorecard) };

void saveCsv(const QByteArray &contents, const QString &path)
{
    QSaveFile file(path); // written beside the target, renamed into place on commit
    const auto failed = [&](const QString &reason) {
        file.cancelWriting();
        throw StoreError(StoreError::Kind::Io,
                         EditionScorecardText::tr("Cannot write %1: %2. Nothing was written; choose another "
                                                  "folder or free some space and try again.")
                             .arg(QDir::toNativeSeparators(path), reason));
    };
    // Unbuffered: a disk that fills up shows as a short write here. Buffered, Qt 6.4
    // reports the short write of its flush as success and commits a cut-off file.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        failed(file.errorString());
    errno = 0;
    if (file.write(contents) != contents.size())
        failed(errno != 0 ? QString::fromLocal8Bit(std::strerror(errno)) : EditionScorecardText::tr("the disk is full"));
    if (!file.commit())
        failed(file.errorString());
}
} // namespace

QString EditionScorecard::hiddenNote(const ScorecardRow &row) const
{
    switch (row.level) {
    case Level::Citywide: return hiddenMeasuresNote(cut.hiddenTotal);
    case Level::Measure: return {};
    default: return hiddenMeasuresNote(cut.hiddenIn(toText(row.level), row.id));
    }
}

EditionScorecard loadEditionScorecard(const KpiStore &store, const Period &period, const Scope &scope,
                                      const Edition &edition)
{
    EditionScorecard result;
    result.edition = edition;
    result.cut = restrictTo(store.structure(), edition);
    result.card = loadScorecard(store, period, scope, result.cut.structure, dataAsOf(store, result.cut.structure));
    return result;
}

std::optional<ScorecardFileFormat> scorecardFileFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return ScorecardFileFormat::Csv;
    if (suffix == QLatin1String("xlsx"))
        return ScorecardFileFormat::Xlsx;
    return std::nullopt;
}

void saveScorecard(const EditionScorecard &scorecard, const QString &path)
{
    const auto format = scorecardFileFormat(path);
    if (!format)
        throw StoreError(StoreError::Kind::InvalidData,
                         EditionScorecardText::tr("%1 is neither a .csv nor an .xlsx file. Name the file to "
                                                  "export with one of those endings.")
                             .arg(QDir::toNativeSeparators(path)));
    if (*format == ScorecardFileFormat::Csv)
        saveCsv(scorecardCsv(scorecard.card, [&scorecard](const ScorecardRow &row) { return scorecard.hiddenNote(row); }),
                path);
    else
        saveScorecardXlsx(scorecard, path);
}

} // namespace civicstat
