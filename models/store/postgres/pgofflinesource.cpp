// A server database as the source of offline copies. It is never a copy
// itself: the copy's side of the interface says so.
#include "pgkpistore.h"

#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

namespace {

struct PgOfflineText { Q_DECLARE_TR_FUNCTIONS(PgOfflineSource) };

[[noreturn]] void notYetOnServer()
{
    throw StoreError(StoreError::Kind::InvalidData,
                     PgOfflineText::tr("Offline copies of a server database are not available in this version yet: "
                                       "publish the city to a file and take the copy from that file."));
}

[[noreturn]] void notACopy()
{
    throw StoreError(StoreError::Kind::InvalidData,
                     PgOfflineText::tr("A server database is not an offline copy: there is nothing to send back."));
}

} // namespace

std::vector<Observation> PgKpiStore::memberFiguresOf(Id) const { notYetOnServer(); }
CityDimensions PgKpiStore::dimensions() const { notYetOnServer(); }
std::vector<NewDataset> PgKpiStore::datasets() const { notYetOnServer(); }
std::vector<CommentarySendOutcome> PgKpiStore::sendCommentary(const std::vector<CommentaryToSend> &) { notYetOnServer(); }
void PgKpiStore::stampOfflineCopy(const OfflineCopyStamp &) { notACopy(); }
std::optional<OfflineCopyStamp> PgKpiStore::offlineCopyStamp() const { return std::nullopt; }
std::vector<PendingComment> PgKpiStore::pendingCommentary() const { return {}; }
void PgKpiStore::markCommentarySent(const std::vector<CommentarySendOutcome> &) { notACopy(); }

} // namespace civicstat
