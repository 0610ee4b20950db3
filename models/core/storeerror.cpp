#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

namespace {
struct StoreErrorText { Q_DECLARE_TR_FUNCTIONS(StoreError) };
} // namespace

QString StoreError::commandLineRemedy(Remedy remedy)
{
    switch (remedy) {
    case Remedy::CreateOrChoose:
        return StoreErrorText::tr("Check the path, or create a database with \"civicstat init\", \"civicstat import\" "
                                  "or \"civicstat demo\".");
    case Remedy::ImportInstead:
        return StoreErrorText::tr("Choose a CivicStat database, or bring in a spreadsheet or CSV with "
                                  "\"civicstat import\".");
    case Remedy::TakeOfflineCopy: return StoreErrorText::tr("Take one with \"civicstat snapshot\".");
    case Remedy::SetUpServer:
        return StoreErrorText::tr("Set it up with \"civicstat server-init\" (as a user who may change its tables), "
                                  "then open it again.");
    case Remedy::None: break;
    }
    return {};
}

} // namespace civicstat
