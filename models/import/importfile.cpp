#include "importfile.h"

#include "inputlimits.h"
#include "tabulardata.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <future>

namespace civicstat {

MappedImportPlan planImportFile(const QString &path, const std::optional<ImportMapping> &mapping,
                                const Structure &existing, const CitySettings &settings, DuplicatePolicy policy)
{
    MappedImportPlan plan;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        plan.problems.push_back({0, QString(), QString(),
                                 QCoreApplication::translate("ImportFile", "cannot read \"%1\": %2. Check the file name.")
                                     .arg(path, file.errorString())});
        return plan;
    }
    const auto read = readAtMost(file, InputLimits().fileBytes);
    if (!read) {
        plan.problems.push_back({0, QString(), QString(),
                                 file.error() != QFileDevice::NoError
                                     ? QCoreApplication::translate("ImportFile", "cannot read \"%1\" to the end: %2.")
                                           .arg(path, file.errorString())
                                     : QCoreApplication::translate("ImportFile",
                                                                   "the file is over %1, the most CivicStat reads "
                                                                   "from one file. Split it into smaller files (by "
                                                                   "year, say) and import each.")
                                           .arg(byteSizeText(InputLimits().fileBytes))});
        return plan;
    }
    const QByteArray &contents = *read;
    if (mapping) {
        auto hash = std::async(std::launch::async, [&contents] { return sha256Hex(contents); });
        plan = planMappedImport(readTabularFile(path, mapping->sheet), name, *mapping, existing, settings, policy);
        plan.batch.log.fileSha256 = hash.get();
    } else if (contents.startsWith("PK\x03\x04")) { // a zip: a workbook, which is never in CivicStat's own format
        plan.problems.push_back({0, QString(), QString(),
                                 QCoreApplication::translate("ImportFile",
                                                             "\"%1\" is a workbook, and a workbook needs a mapping that "
                                                             "says which columns hold what: give one (--mapping, or "
                                                             "Mapping in the import wizard), or make one with the "
                                                             "wizard's Build....")
                                     .arg(name)});
    } else {
        static_cast<ImportPlan &>(plan) = planCanonicalImport(path, contents, existing, settings);
        plan.batch.onDuplicate = policy;
    }
    plan.batch.log.fileName = name;
    plan.batch.log.fileSize = contents.size();
    return plan;
}

} // namespace civicstat
