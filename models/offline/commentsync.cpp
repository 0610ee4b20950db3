#include "commentsync.h"

#include "offlinetext.h"
#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

namespace {
struct SyncText { Q_DECLARE_TR_FUNCTIONS(CommentSync) };

QString commentPlace(const PendingComment &c)
{
    return SyncText::tr("%1, %2, by %3").arg(c.measureCode, c.period, c.author);
}
} // namespace

QString SyncReport::summary() const
{
    if (sent() == 0 && notSent == 0)
        return SyncText::tr("No comments to send back to %1.").arg(source);
    QStringList parts;
    if (appended)
        parts << SyncText::tr("%1 added").arg(appended);
    if (updated)
        parts << SyncText::tr("%1 updated").arg(updated);
    if (removed)
        parts << SyncText::tr("%1 removed").arg(removed);
    if (conflicts)
        parts << SyncText::tr("%1 in conflict (both kept)").arg(conflicts);
    if (keptAtSource)
        parts << SyncText::tr("%1 removal not made (changed at the source)").arg(keptAtSource);
    if (notSent)
        parts << SyncText::tr("%1 not sent (measure gone)").arg(notSent);
    return SyncText::tr("Sent %1 of %2 comment changes to %3: %4.")
        .arg(sent())
        .arg(sent() + notSent)
        .arg(source, parts.join(QStringLiteral(", ")));
}

SyncReport sendOfflineComments(KpiStore &copy, const StoreOpener &openSource)
{
    const auto stamp = copy.offlineCopyStamp();
    if (!stamp)
        throw StoreError(StoreError::Kind::InvalidData,
                         SyncText::tr("%1 is not an offline copy: it has no comments to send back.")
                             .arg(copy.location()),
                         StoreError::Remedy::TakeOfflineCopy);
    if (const auto reason = copy.readOnlyReason())
        throw StoreError(StoreError::Kind::ReadOnly,
                         SyncText::tr("%1 cannot be written (%2), so comments sent from it could not be marked sent. "
                                      "Nothing was sent.")
                             .arg(copy.location(), *reason));
    SyncReport report;
    report.source = stamp->source;
    const std::vector<PendingComment> pending = copy.pendingCommentary();
    if (pending.empty())
        return report;

    std::vector<CommentaryToSend> toSend;
    for (const PendingComment &c : pending) {
        CommentaryToSend item;
        item.comment = c;
        item.conflictBody = [stamp = *stamp, body = c.body](const std::optional<Commentary> &atSource) {
            return conflictNote(stamp, atSource) + QStringLiteral("\n") + body;
        };
        toSend.push_back(std::move(item));
    }
    const auto source = openSource(stamp->source);
    const std::vector<CommentarySendOutcome> outcomes = source->sendCommentary(toSend);
    copy.markCommentarySent(outcomes);

    using Result = CommentarySendOutcome::Result;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const PendingComment &c = pending[i];
        switch (outcomes[i].result) {
        case Result::Appended: ++report.appended; break;
        case Result::Updated: ++report.updated; break;
        case Result::Removed:
        case Result::AlreadyGone: ++report.removed; break;
        case Result::Conflict:
            ++report.conflicts;
            report.details << SyncText::tr("Conflict: %1 was changed at the source since the copy was taken; both "
                                           "texts are kept there.")
                                  .arg(commentPlace(c));
            break;
        case Result::KeptAtSource:
            ++report.keptAtSource;
            report.details << SyncText::tr("Kept: %1 was removed offline but changed at the source since; it stays "
                                           "there.")
                                  .arg(commentPlace(c));
            break;
        case Result::MeasureGone:
            ++report.notSent;
            report.details << SyncText::tr("Not sent: %1: the measure is no longer at the source. The comment stays "
                                           "pending in the copy.")
                                  .arg(commentPlace(c));
            break;
        }
    }
    return report;
}

} // namespace civicstat
