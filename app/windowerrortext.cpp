#include "windowerrortext.h"

#include <QCoreApplication>

namespace civicstat {

namespace {
struct WindowErrorText { Q_DECLARE_TR_FUNCTIONS(WindowError) };
} // namespace

QString windowRemedy(StoreError::Remedy remedy)
{
    switch (remedy) {
    case StoreError::Remedy::CreateOrChoose:
        return WindowErrorText::tr("Use File > New database to create one, or File > Open database to choose "
                                   "another file.");
    case StoreError::Remedy::ImportInstead:
        return WindowErrorText::tr("Use File > Open database to choose a CivicStat database, or File > New database "
                                   "to create one and then File > Import figures to bring in a spreadsheet or CSV.");
    case StoreError::Remedy::TakeOfflineCopy:
        return WindowErrorText::tr("Take one with File > Take offline.");
    case StoreError::Remedy::SetUpServer:
        return WindowErrorText::tr("Ask whoever manages the server to set it up for this version of CivicStat, "
                                   "then open it again.");
    case StoreError::Remedy::None: break;
    }
    return {};
}

QString windowText(const StoreError &error)
{
    const QString remedy = windowRemedy(error.remedy());
    return remedy.isEmpty() ? error.message() : error.situation() + QLatin1Char(' ') + remedy;
}

} // namespace civicstat
